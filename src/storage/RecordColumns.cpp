#include "RecordColumns.h"

#include "MetricsDateSql.h"
#include "Sql.h"
#include "core/LocalTime.h"

namespace huellas::RecordColumns {
namespace {

QString text(const QSqlRecord& r, const char* column) { return r.value(QLatin1String(column)).toString(); }
qint64 integer(const QSqlRecord& r, const char* column) { return r.value(QLatin1String(column)).toLongLong(); }
// Flags, dates and timestamps are 0/1 and text on SQLite, native values on PostgreSQL: each
// reader takes both. (A flag is bound as a bool, which SQLite's driver stores as 0 or 1.)
bool flag(const QSqlRecord& r, const char* column) { return r.value(QLatin1String(column)).toBool(); }
QDate date(const QSqlRecord& r, const char* column)
{
    const QVariant value = r.value(QLatin1String(column));
    return value.metaType().id() == QMetaType::QDate ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
QDateTime timestamp(const QSqlRecord& r, const char* column)
{
    const QVariant value = r.value(QLatin1String(column));
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    return LocalTime::fromStorage(value.toString());
}
QVariant stored(const QDateTime& t) { return LocalTime::toStorage(t); }
QVariant v(const QString& value) { return Sql::text(value); }
QVariant v(qint64 number) { return number; }

} // namespace

QVariantMap of(const Owner& o)
{
    return {
        {QStringLiteral("external_id"), v(o.externalId)},
        {QStringLiteral("first_name"), v(o.firstName)},
        {QStringLiteral("last_name"), v(o.lastName)},
        {QStringLiteral("email"), v(o.email)},
        {QStringLiteral("birth_date"), Sql::nullable(o.birthDate)},
        {QStringLiteral("gender"), v(o.gender)},
        {QStringLiteral("occupation"), v(o.occupation)},
        {QStringLiteral("phone"), v(o.phone)},
        {QStringLiteral("phone_secondary"), v(o.phoneSecondary)},
        {QStringLiteral("whatsapp"), v(o.whatsapp)},
        {QStringLiteral("street_address"), v(o.streetAddress)},
        {QStringLiteral("neighborhood"), v(o.neighborhood)},
        {QStringLiteral("city"), v(o.city)},
        {QStringLiteral("postal_code"), v(o.postalCode)},
        {QStringLiteral("location_notes"), v(o.locationNotes)},
        {QStringLiteral("acquisition_source"), v(o.acquisitionSource)},
        {QStringLiteral("acquisition_detail"), v(o.acquisitionDetail)},
        {QStringLiteral("referred_by"), Sql::nullableId(o.referredBy)},
        {QStringLiteral("tier"), v(o.tier)},
        {QStringLiteral("preferred_language"), v(o.preferredLanguage)},
        {QStringLiteral("preferred_contact_time"), v(o.preferredContactTime)},
        {QStringLiteral("email_opt_in"), o.emailOptIn},
        {QStringLiteral("sms_opt_in"), o.smsOptIn},
        {QStringLiteral("whatsapp_opt_in"), o.whatsappOptIn},
        {QStringLiteral("notes"), v(o.notes)},
        {QStringLiteral("internal_notes"), v(o.internalNotes)},
        {QStringLiteral("created_at"), stored(o.createdAt)},
        {QStringLiteral("updated_at"), stored(o.updatedAt)},
    };
}

QVariantMap of(const Pet& p)
{
    return {
        {QStringLiteral("external_id"), v(p.externalId)},
        {QStringLiteral("owner_id"), v(p.ownerId)},
        {QStringLiteral("name"), v(p.name)},
        {QStringLiteral("species"), v(p.species)},
        {QStringLiteral("breed"), v(p.breed)},
        {QStringLiteral("birth_date"), Sql::nullable(p.birthDate)},
        {QStringLiteral("sex"), v(p.sex)},
        {QStringLiteral("deceased"), p.deceased},
    };
}

QVariantMap of(const Appointment& a)
{
    return {
        {QStringLiteral("external_id"), v(a.externalId)},
        {QStringLiteral("owner_id"), v(a.ownerId)},
        {QStringLiteral("pet_id"), Sql::nullableId(a.petId)},
        {QStringLiteral("scheduled_at"), stored(a.scheduledAt)},
        {QStringLiteral("status"), v(a.status)},
        {QStringLiteral("reason"), v(a.reason)},
    };
}

QVariantMap of(const Order& o)
{
    return {
        {QStringLiteral("external_id"), v(o.externalId)},
        {QStringLiteral("owner_id"), v(o.ownerId)},
        {QStringLiteral("number"), v(o.number)},
        {QStringLiteral("ordered_at"), stored(o.orderedAt)},
        {QStringLiteral("total"), v(o.total)},
        {QStringLiteral("payment_status"), v(o.paymentStatus)},
    };
}

QVariantMap of(const Invoice& i)
{
    return {
        {QStringLiteral("external_id"), v(i.externalId)},
        {QStringLiteral("owner_id"), v(i.ownerId)},
        {QStringLiteral("number"), v(i.number)},
        {QStringLiteral("issued_at"), stored(i.issuedAt)},
        {QStringLiteral("total"), v(i.total)},
        {QStringLiteral("status"), v(i.status)},
    };
}

QVariantMap of(const Conversation& c)
{
    return {
        {QStringLiteral("external_id"), v(c.externalId)},
        {QStringLiteral("owner_id"), v(c.ownerId)},
        {QStringLiteral("channel"), v(c.channel)},
        {QStringLiteral("started_at"), stored(c.startedAt)},
        {QStringLiteral("subject"), v(c.subject)},
    };
}

QVariantMap of(const Interaction& i)
{
    return {
        {QStringLiteral("external_id"), v(i.externalId)},
        {QStringLiteral("owner_id"), v(i.ownerId)},
        {QStringLiteral("interaction_type"), v(i.interactionType)},
        {QStringLiteral("direction"), v(i.direction)},
        {QStringLiteral("subject"), v(i.subject)},
        {QStringLiteral("summary"), v(i.summary)},
        {QStringLiteral("outcome"), v(i.outcome)},
        {QStringLiteral("pet_id"), Sql::nullableId(i.petId)},
        {QStringLiteral("appointment_id"), Sql::nullableId(i.appointmentId)},
        {QStringLiteral("order_id"), Sql::nullableId(i.orderId)},
        {QStringLiteral("conversation_id"), Sql::nullableId(i.conversationId)},
        {QStringLiteral("sentiment"), v(i.sentiment)},
        {QStringLiteral("handled_by"), Sql::nullableId(i.handledBy)},
        {QStringLiteral("requires_follow_up"), i.requiresFollowUp},
        {QStringLiteral("follow_up_date"), Sql::nullable(i.followUpDate)},
        {QStringLiteral("follow_up_completed"), i.followUpCompleted},
        {QStringLiteral("created_at"), stored(i.createdAt)},
    };
}

QVariantMap of(const Staff& s)
{
    return {
        {QStringLiteral("username"), v(s.username)},
        {QStringLiteral("display_name"), v(s.displayName)},
        {QStringLiteral("role"), v(s.role)},
        {QStringLiteral("password_hash"), v(s.passwordHash)},
        {QStringLiteral("active"), s.active},
    };
}

QString ownerColumns(const SqlDialect& dialect, const QString& alias)
{
    return QStringLiteral("%1.*, %2 AS days_since_last_visit")
        .arg(alias, MetricsDateSql::daysSinceLastVisit(dialect, alias));
}

Owner ownerFrom(const QSqlRecord& r)
{
    Owner o;
    o.id = integer(r, "id");
    o.externalId = text(r, "external_id");
    o.firstName = text(r, "first_name");
    o.lastName = text(r, "last_name");
    o.email = text(r, "email");
    o.birthDate = date(r, "birth_date");
    o.gender = text(r, "gender");
    o.occupation = text(r, "occupation");
    o.phone = text(r, "phone");
    o.phoneSecondary = text(r, "phone_secondary");
    o.whatsapp = text(r, "whatsapp");
    o.streetAddress = text(r, "street_address");
    o.neighborhood = text(r, "neighborhood");
    o.city = text(r, "city");
    o.postalCode = text(r, "postal_code");
    o.locationNotes = text(r, "location_notes");
    o.acquisitionSource = text(r, "acquisition_source");
    o.acquisitionDetail = text(r, "acquisition_detail");
    o.referredBy = integer(r, "referred_by");
    o.tier = text(r, "tier");
    o.preferredLanguage = text(r, "preferred_language");
    o.preferredContactTime = text(r, "preferred_contact_time");
    o.emailOptIn = flag(r, "email_opt_in");
    o.smsOptIn = flag(r, "sms_opt_in");
    o.whatsappOptIn = flag(r, "whatsapp_opt_in");
    o.notes = text(r, "notes");
    o.internalNotes = text(r, "internal_notes");
    o.createdAt = timestamp(r, "created_at");
    o.updatedAt = timestamp(r, "updated_at");
    Metrics::OwnerMetrics& m = o.metrics;
    m.totalVisits = int(integer(r, "total_visits"));
    m.firstVisitDate = date(r, "first_visit_date");
    m.lastVisitDate = date(r, "last_visit_date");
    if (!r.isNull(QStringLiteral("days_since_last_visit")))
        m.daysSinceLastVisit = int(integer(r, "days_since_last_visit"));
    m.lifetimeValue = integer(r, "lifetime_value");
    m.averageOrderValue = integer(r, "average_order_value");
    m.churnRisk = text(r, "churn_risk");
    m.engagementScore = int(integer(r, "engagement_score"));
    m.lastEngagementDate = date(r, "last_engagement_date");
    m.referralsMade = int(integer(r, "referrals_made"));
    return o;
}

Pet petFrom(const QSqlRecord& r)
{
    Pet p;
    p.id = integer(r, "id");
    p.externalId = text(r, "external_id");
    p.ownerId = integer(r, "owner_id");
    p.name = text(r, "name");
    p.species = text(r, "species");
    p.breed = text(r, "breed");
    p.birthDate = date(r, "birth_date");
    p.sex = text(r, "sex");
    p.deceased = flag(r, "deceased");
    return p;
}

Appointment appointmentFrom(const QSqlRecord& r)
{
    Appointment a;
    a.id = integer(r, "id");
    a.externalId = text(r, "external_id");
    a.ownerId = integer(r, "owner_id");
    a.petId = integer(r, "pet_id");
    a.scheduledAt = timestamp(r, "scheduled_at");
    a.status = text(r, "status");
    a.reason = text(r, "reason");
    return a;
}

Order orderFrom(const QSqlRecord& r)
{
    Order o;
    o.id = integer(r, "id");
    o.externalId = text(r, "external_id");
    o.ownerId = integer(r, "owner_id");
    o.number = text(r, "number");
    o.orderedAt = timestamp(r, "ordered_at");
    o.total = integer(r, "total");
    o.paymentStatus = text(r, "payment_status");
    return o;
}

Invoice invoiceFrom(const QSqlRecord& r)
{
    Invoice i;
    i.id = integer(r, "id");
    i.externalId = text(r, "external_id");
    i.ownerId = integer(r, "owner_id");
    i.number = text(r, "number");
    i.issuedAt = timestamp(r, "issued_at");
    i.total = integer(r, "total");
    i.status = text(r, "status");
    return i;
}

Conversation conversationFrom(const QSqlRecord& r)
{
    Conversation c;
    c.id = integer(r, "id");
    c.externalId = text(r, "external_id");
    c.ownerId = integer(r, "owner_id");
    c.channel = text(r, "channel");
    c.startedAt = timestamp(r, "started_at");
    c.subject = text(r, "subject");
    return c;
}

Interaction interactionFrom(const QSqlRecord& r)
{
    Interaction i;
    i.id = integer(r, "id");
    i.externalId = text(r, "external_id");
    i.ownerId = integer(r, "owner_id");
    i.interactionType = text(r, "interaction_type");
    i.direction = text(r, "direction");
    i.subject = text(r, "subject");
    i.summary = text(r, "summary");
    i.outcome = text(r, "outcome");
    i.petId = integer(r, "pet_id");
    i.appointmentId = integer(r, "appointment_id");
    i.orderId = integer(r, "order_id");
    i.conversationId = integer(r, "conversation_id");
    i.sentiment = text(r, "sentiment");
    i.handledBy = integer(r, "handled_by");
    i.requiresFollowUp = flag(r, "requires_follow_up");
    i.followUpDate = date(r, "follow_up_date");
    i.followUpCompleted = flag(r, "follow_up_completed");
    i.createdAt = timestamp(r, "created_at");
    return i;
}

Staff staffFrom(const QSqlRecord& r)
{
    Staff s;
    s.id = integer(r, "id");
    s.username = text(r, "username");
    s.displayName = text(r, "display_name");
    s.role = text(r, "role");
    s.passwordHash = text(r, "password_hash");
    s.active = flag(r, "active");
    return s;
}

} // namespace huellas::RecordColumns
