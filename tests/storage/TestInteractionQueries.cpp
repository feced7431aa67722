#include "core/LocalTime.h"
#include "storage/ActivityRepository.h"
#include "storage/InteractionLinkQueries.h"
#include "storage/InteractionQueries.h"
#include "storage/OwnerRepository.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace huellas;

Q_DECLARE_METATYPE(huellas::InteractionCriteria)

namespace {

const QDate today(2026, 11, 24);

QStringList subjectsOf(const QList<InteractionRow>& rows)
{
    QStringList subjects;
    for (const InteractionRow& row : rows)
        subjects << row.subject;
    return subjects;
}

} // namespace

class TestInteractionQueries final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachFilterNarrowsTheLog_data();
    void eachFilterNarrowsTheLog();
    void ownerAndStaffFiltersUseIds();
    void dateRangeFollowsTheClinicCalendar();
    void countAgreesWithTheRows();
    void rowsAreNewestFirstAndPaged();
    void rowsCarryOwnerAndStaffNames();
    void dueFollowUpsAreTodayAndOverdueOverdueFirst();
    void undatedFollowUpsAreOpenAndListedAfterTheDueOnes();
    void eachFollowUpStateHasOneMeaning_data();
    void eachFollowUpStateHasOneMeaning();
    void badgeCountMovesWithTheDate();
    void completingAFollowUpTakesItOffTheList();
    void searchTreatsWildcardsAsText();
    void valuesAreBoundNeverSpliced();
    void staffListHasEveryoneByName();
    void linkableActivityIsTheOwnersOwn();
    void ownersAreFoundByNameWordsOrPhone();

private:
    qint64 addInteraction(qint64 owner, const QString& type, const QString& subject,
                          const QDateTime& createdAt);
    qint64 addFollowUp(qint64 owner, const QString& subject, const QDate& due,
                       bool completed = false);
    QList<InteractionRow> rowsFor(const InteractionCriteria& criteria);

    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_ana = 0;
    qint64 m_luis = 0;
    qint64 m_reception = 0;
    qint64 m_vet = 0;
};

qint64 TestInteractionQueries::addInteraction(qint64 owner, const QString& type,
                                              const QString& subject, const QDateTime& createdAt)
{
    Interaction i;
    i.ownerId = owner;
    i.interactionType = type;
    i.subject = subject;
    i.createdAt = createdAt;
    auto id = ActivityRepository(m_db->get()).save(i);
    if (!id)
        qFatal("cannot save the interaction: %s", qPrintable(id.error()));
    return *id;
}

qint64 TestInteractionQueries::addFollowUp(qint64 owner, const QString& subject, const QDate& due,
                                           bool completed)
{
    Interaction i;
    i.ownerId = owner;
    i.interactionType = QStringLiteral("call_out");
    i.direction = QStringLiteral("outbound");
    i.subject = subject;
    i.createdAt = test::localNoon(today.addDays(-10));
    i.requiresFollowUp = true;
    i.followUpDate = due;
    i.followUpCompleted = completed;
    auto id = ActivityRepository(m_db->get()).save(i);
    if (!id)
        qFatal("cannot save the follow-up: %s", qPrintable(id.error()));
    return *id;
}

QList<InteractionRow> TestInteractionQueries::rowsFor(const InteractionCriteria& criteria)
{
    auto rows = InteractionQueries::rows(m_db->get(), criteria, 0, 100, today);
    if (!rows)
        qFatal("rows failed: %s", qPrintable(rows.error()));
    return *rows;
}

void TestInteractionQueries::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    m_luis = test::addOwner(m_db->get(), QStringLiteral("Luis"));
    ActivityRepository activity(m_db->get());
    Staff reception;
    reception.username = QStringLiteral("recepcion1");
    reception.displayName = QStringLiteral("Marisol Recepción");
    m_reception = *activity.save(reception);
    Staff vet;
    vet.username = QStringLiteral("vet2");
    vet.role = QStringLiteral("manager");
    vet.active = false;
    m_vet = *activity.save(vet);

    // The fixture every filter test reads; subjects name what makes each row different.
    Interaction call;
    call.ownerId = m_ana;
    call.interactionType = QStringLiteral("call_in");
    call.subject = QStringLiteral("vaccine reminder");
    call.summary = QStringLiteral("asked about rabies shot");
    call.sentiment = QStringLiteral("positive");
    call.handledBy = m_reception;
    call.createdAt = test::localNoon(today.addDays(-3));
    QVERIFY(activity.save(call).ok());

    Interaction whatsapp;
    whatsapp.ownerId = m_ana;
    whatsapp.interactionType = QStringLiteral("whatsapp");
    whatsapp.direction = QStringLiteral("outbound");
    whatsapp.subject = QStringLiteral("promo sent");
    whatsapp.sentiment = QStringLiteral("neutral");
    whatsapp.handledBy = m_vet;
    whatsapp.createdAt = test::localNoon(today.addDays(-2));
    whatsapp.requiresFollowUp = true;
    whatsapp.followUpDate = today.addDays(-1);
    QVERIFY(activity.save(whatsapp).ok());

    Interaction complaint;
    complaint.ownerId = m_luis;
    complaint.interactionType = QStringLiteral("complaint");
    complaint.subject = QStringLiteral("long wait");
    complaint.summary = QStringLiteral("waited an hour for the vaccine");
    complaint.sentiment = QStringLiteral("negative");
    complaint.createdAt = test::localNoon(today);
    complaint.requiresFollowUp = true;
    complaint.followUpDate = today.addDays(2);
    QVERIFY(activity.save(complaint).ok());
}

void TestInteractionQueries::cleanup()
{
    m_db.reset();
}

void TestInteractionQueries::eachFilterNarrowsTheLog_data()
{
    QTest::addColumn<InteractionCriteria>("criteria");
    QTest::addColumn<QStringList>("expected"); // newest first
    const auto with = [](auto set) {
        InteractionCriteria c;
        set(c);
        return c;
    };
    QTest::newRow("none") << InteractionCriteria()
                          << QStringList{"long wait", "promo sent", "vaccine reminder"};
    QTest::newRow("type") << with([](auto& c) { c.interactionType = QStringLiteral("whatsapp"); })
                          << QStringList{"promo sent"};
    QTest::newRow("direction") << with([](auto& c) { c.direction = QStringLiteral("inbound"); })
                               << QStringList{"long wait", "vaccine reminder"};
    QTest::newRow("sentiment") << with([](auto& c) { c.sentiment = QStringLiteral("negative"); })
                               << QStringList{"long wait"};
    QTest::newRow("from") << with([](auto& c) { c.from = today.addDays(-2); })
                          << QStringList{"long wait", "promo sent"};
    QTest::newRow("to") << with([](auto& c) { c.to = today.addDays(-2); })
                        << QStringList{"promo sent", "vaccine reminder"};
    QTest::newRow("one day") << with([](auto& c) { c.from = c.to = today.addDays(-3); })
                             << QStringList{"vaccine reminder"};
    QTest::newRow("pending") << with([](auto& c) { c.followUp = FollowUpState::Pending; })
                             << QStringList{"long wait", "promo sent"};
    QTest::newRow("due") << with([](auto& c) { c.followUp = FollowUpState::Due; })
                         << QStringList{"promo sent"};
    QTest::newRow("overdue") << with([](auto& c) { c.followUp = FollowUpState::Overdue; })
                             << QStringList{"promo sent"};
    QTest::newRow("text in subject or summary")
        << with([](auto& c) { c.text = QStringLiteral("VACCINE"); })
        << QStringList{"long wait", "vaccine reminder"};
    QTest::newRow("every word") << with([](auto& c) { c.text = QStringLiteral("vaccine hour"); })
                                << QStringList{"long wait"};
    QTest::newRow("combined") << with([](auto& c) {
        c.interactionType = QStringLiteral("whatsapp");
        c.direction = QStringLiteral("outbound");
        c.followUp = FollowUpState::Pending;
    }) << QStringList{"promo sent"};
    QTest::newRow("nothing") << with([](auto& c) { c.text = QStringLiteral("parrot"); })
                             << QStringList();
}

void TestInteractionQueries::eachFilterNarrowsTheLog()
{
    QFETCH(InteractionCriteria, criteria);
    QFETCH(QStringList, expected);
    QCOMPARE(subjectsOf(rowsFor(criteria)), expected);
}

void TestInteractionQueries::ownerAndStaffFiltersUseIds()
{
    // Not in the data table above: the ids exist only once init() has run.
    InteractionCriteria byStaff;
    byStaff.handledBy = m_reception;
    QCOMPARE(subjectsOf(rowsFor(byStaff)), QStringList{"vaccine reminder"});
    InteractionCriteria byOwner;
    byOwner.ownerId = m_ana;
    QCOMPARE(subjectsOf(rowsFor(byOwner)), (QStringList{"promo sent", "vaccine reminder"}));
    byOwner.handledBy = m_vet;
    QCOMPARE(subjectsOf(rowsFor(byOwner)), QStringList{"promo sent"});
}

void TestInteractionQueries::dateRangeFollowsTheClinicCalendar()
{
    // 23:59 local on the 10th is already the 11th in UTC; 00:00 local on the 11th is 05:00Z.
    const QDate day(2026, 11, 10);
    addInteraction(m_luis, QStringLiteral("sms"), QStringLiteral("late"),
                   LocalTime::fromLocal(day, QTime(23, 59, 59)));
    addInteraction(m_luis, QStringLiteral("sms"), QStringLiteral("early"),
                   LocalTime::fromLocal(day.addDays(1), QTime(0, 0)));
    InteractionCriteria onThe10th;
    onThe10th.from = onThe10th.to = day;
    QCOMPARE(subjectsOf(rowsFor(onThe10th)), QStringList{"late"});
    InteractionCriteria onThe11th;
    onThe11th.from = onThe11th.to = day.addDays(1);
    QCOMPARE(subjectsOf(rowsFor(onThe11th)), QStringList{"early"});
}

void TestInteractionQueries::countAgreesWithTheRows()
{
    InteractionCriteria ana;
    ana.ownerId = m_ana;
    QCOMPARE(*InteractionQueries::count(m_db->get(), ana, today), 2);
    QCOMPARE(*InteractionQueries::count(m_db->get(), {}, today), 3);
    InteractionCriteria overdue;
    overdue.followUp = FollowUpState::Overdue;
    QCOMPARE(*InteractionQueries::count(m_db->get(), overdue, today), 1);
    QCOMPARE(*InteractionQueries::count(m_db->get(), overdue, today.addDays(-1)), 0);
}

void TestInteractionQueries::rowsAreNewestFirstAndPaged()
{
    for (int i = 0; i < 7; ++i)
        addInteraction(m_luis, QStringLiteral("sms"), QStringLiteral("sms %1").arg(i),
                       test::localNoon(today.addDays(-30 + i)));
    auto firstPage = InteractionQueries::rows(m_db->get(), {}, 0, 4, today);
    auto secondPage = InteractionQueries::rows(m_db->get(), {}, 4, 4, today);
    auto lastPage = InteractionQueries::rows(m_db->get(), {}, 8, 4, today);
    QVERIFY(firstPage && secondPage && lastPage);
    QCOMPARE(subjectsOf(*firstPage),
             (QStringList{"long wait", "promo sent", "vaccine reminder", "sms 6"}));
    QCOMPARE(subjectsOf(*secondPage), (QStringList{"sms 5", "sms 4", "sms 3", "sms 2"}));
    QCOMPARE(subjectsOf(*lastPage), (QStringList{"sms 1", "sms 0"}));
}

void TestInteractionQueries::rowsCarryOwnerAndStaffNames()
{
    const QList<InteractionRow> rows = rowsFor({});
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].ownerName, QStringLiteral("Luis Prueba"));
    QCOMPARE(rows[0].staffName, QString());
    QCOMPARE(rows[1].staffName, QStringLiteral("vet2")); // no display name: the username
    QCOMPARE(rows[2].staffName, QStringLiteral("Marisol Recepción"));
    QCOMPARE(rows[2].ownerId, m_ana);
    QCOMPARE(rows[2].interactionType, QStringLiteral("call_in"));
    QCOMPARE(rows[2].sentiment, QStringLiteral("positive"));
    QCOMPARE(rows[2].createdAt, test::localNoon(today.addDays(-3)));
    QCOMPARE(rows[1].followUpDate, today.addDays(-1));
    QVERIFY(rows[1].isOverdue(today));
    QVERIFY(!rows[0].isOverdue(today));
}

void TestInteractionQueries::dueFollowUpsAreTodayAndOverdueOverdueFirst()
{
    addFollowUp(m_luis, QStringLiteral("due today"), today);
    addFollowUp(m_luis, QStringLiteral("due tomorrow"), today.addDays(1));
    addFollowUp(m_ana, QStringLiteral("long overdue"), today.addDays(-20));
    addFollowUp(m_ana, QStringLiteral("done already"), today.addDays(-5), true);
    auto due = InteractionQueries::followUpsNeedingAttention(m_db->get(), today);
    QVERIFY2(due.ok(), qPrintable(due.error()));
    QCOMPARE(subjectsOf(*due), (QStringList{"long overdue", "promo sent", "due today"}));
    QVERIFY(due->at(0).isOverdue(today));
    QVERIFY(!due->at(2).isOverdue(today));
    QCOMPARE(due->at(2).followUpStatus(today), FollowUpStatus::DueToday);
    QCOMPARE(subjectsOf(*InteractionQueries::followUpsNeedingAttention(m_db->get(), today, 2)),
             (QStringList{"long overdue", "promo sent"}));
}

void TestInteractionQueries::undatedFollowUpsAreOpenAndListedAfterTheDueOnes()
{
    addFollowUp(m_ana, QStringLiteral("call back some day"), QDate());
    addFollowUp(m_luis, QStringLiteral("due today"), today);
    addFollowUp(m_luis, QStringLiteral("undated and done"), QDate(), true);
    auto listed = InteractionQueries::followUpsNeedingAttention(m_db->get(), today);
    QVERIFY2(listed.ok(), qPrintable(listed.error()));
    QCOMPARE(subjectsOf(*listed), (QStringList{"promo sent", "due today", "call back some day"}));
    QCOMPARE(listed->at(2).followUpStatus(today), FollowUpStatus::Undated);
    QVERIFY(!listed->at(2).followUpDate.isValid());
    const auto counts = InteractionQueries::followUpsNeedingAttentionCounts(m_db->get(), today);
    QVERIFY2(counts.ok(), qPrintable(counts.error()));
    QCOMPARE(counts->overdue, 1);  // promo sent
    QCOMPARE(counts->dueToday, 1);
    QCOMPARE(counts->undated, 1);  // the undated one that is done is not counted
    QCOMPARE(counts->in(FollowUpStatus::Undated), 1);
    QCOMPARE(counts->in(FollowUpStatus::Upcoming), 0);
    // An undated follow-up never becomes overdue, whatever the date.
    const auto later = InteractionQueries::followUpsNeedingAttentionCounts(m_db->get(), today.addYears(5));
    QCOMPARE(later->total(), 4);
    QCOMPARE(later->undated, 1);
    QCOMPARE(later->overdue, 3);
}

void TestInteractionQueries::eachFollowUpStateHasOneMeaning_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("subjects");
    // Fixture: "promo sent" overdue, "long wait" in two days; added: "due today", "no date",
    // "done" (completed, dated yesterday).
    QTest::newRow("any") << int(FollowUpState::Any)
                         << QStringList{"done", "due today", "long wait", "no date", "promo sent",
                                        "vaccine reminder"};
    QTest::newRow("pending = open, any date or none")
        << int(FollowUpState::Pending)
        << QStringList{"due today", "long wait", "no date", "promo sent"};
    QTest::newRow("due = dated today or earlier")
        << int(FollowUpState::Due) << QStringList{"due today", "promo sent"};
    QTest::newRow("overdue") << int(FollowUpState::Overdue) << QStringList{"promo sent"};
    QTest::newRow("due today") << int(FollowUpState::DueToday) << QStringList{"due today"};
    QTest::newRow("undated") << int(FollowUpState::Undated) << QStringList{"no date"};
    QTest::newRow("needs attention = due or undated")
        << int(FollowUpState::NeedsAttention) << QStringList{"due today", "no date", "promo sent"};
}

void TestInteractionQueries::eachFollowUpStateHasOneMeaning()
{
    QFETCH(int, state);
    QFETCH(QStringList, subjects);
    addFollowUp(m_luis, QStringLiteral("due today"), today);
    addFollowUp(m_luis, QStringLiteral("no date"), QDate());
    addFollowUp(m_ana, QStringLiteral("done"), today.addDays(-1), true);
    InteractionCriteria criteria;
    criteria.followUp = FollowUpState(state);
    QStringList found = subjectsOf(rowsFor(criteria));
    found.sort();
    QCOMPARE(found, subjects);
    QCOMPARE(*InteractionQueries::count(m_db->get(), criteria, today), subjects.size());
    // The in-memory reading (core/FollowUpStatus) agrees with the SQL one, row for row.
    for (const InteractionRow& row : rowsFor(criteria)) {
        const FollowUpStatus status = row.followUpStatus(today);
        switch (FollowUpState(state)) {
        case FollowUpState::Pending:
            QVERIFY(status != FollowUpStatus::None && status != FollowUpStatus::Done);
            break;
        case FollowUpState::NeedsAttention:
            QVERIFY(needsAttention(status));
            break;
        case FollowUpState::Undated:
            QCOMPARE(status, FollowUpStatus::Undated);
            break;
        case FollowUpState::DueToday:
            QCOMPARE(status, FollowUpStatus::DueToday);
            break;
        case FollowUpState::Overdue:
            QCOMPARE(status, FollowUpStatus::Overdue);
            break;
        default:
            break;
        }
    }
}

void TestInteractionQueries::badgeCountMovesWithTheDate()
{
    addFollowUp(m_luis, QStringLiteral("due today"), today);
    QCOMPARE(InteractionQueries::followUpsNeedingAttentionCounts(m_db->get(), today.addDays(-2))->total(), 0);
    QCOMPARE(InteractionQueries::followUpsNeedingAttentionCounts(m_db->get(), today.addDays(-1))->total(), 1);
    QCOMPARE(InteractionQueries::followUpsNeedingAttentionCounts(m_db->get(), today)->total(), 2);
    QCOMPARE(InteractionQueries::followUpsNeedingAttentionCounts(m_db->get(), today.addDays(2))->total(), 3); // long wait
}

void TestInteractionQueries::completingAFollowUpTakesItOffTheList()
{
    const qint64 id = addFollowUp(m_luis, QStringLiteral("due today"), today);
    QCOMPARE(InteractionQueries::followUpsNeedingAttentionCounts(m_db->get(), today)->total(), 2);
    QVERIFY(ActivityRepository(m_db->get()).setFollowUpCompleted(id, true).ok());
    QCOMPARE(InteractionQueries::followUpsNeedingAttentionCounts(m_db->get(), today)->total(), 1);
    QCOMPARE(subjectsOf(*InteractionQueries::followUpsNeedingAttention(m_db->get(), today)),
             QStringList{"promo sent"});
    QVERIFY(ActivityRepository(m_db->get()).interaction(id)->followUpCompleted);
}

void TestInteractionQueries::searchTreatsWildcardsAsText()
{
    addInteraction(m_luis, QStringLiteral("sms"), QStringLiteral("100% off"),
                   test::localNoon(today));
    addInteraction(m_luis, QStringLiteral("sms"), QStringLiteral("code A_1"),
                   test::localNoon(today));
    InteractionCriteria percent;
    percent.text = QStringLiteral("%");
    QCOMPARE(subjectsOf(rowsFor(percent)), QStringList{"100% off"});
    InteractionCriteria underscore;
    underscore.text = QStringLiteral("A_1");
    QCOMPARE(subjectsOf(rowsFor(underscore)), QStringList{"code A_1"});
}

void TestInteractionQueries::valuesAreBoundNeverSpliced()
{
    InteractionCriteria hostile;
    hostile.text = QStringLiteral("x'); DROP TABLE interactions; --");
    hostile.interactionType = QStringLiteral("visit' OR '1'='1");
    const InteractionFilter filter =
        InteractionQueries::filterFor(m_db->get().dialect(), hostile, today);
    QVERIFY(!filter.condition.contains(QStringLiteral("DROP")));
    QVERIFY(!filter.condition.contains(QStringLiteral("visit")));
    QVERIFY(filter.params.values().contains(QStringLiteral("visit' OR '1'='1")));
    QCOMPARE(rowsFor(hostile).size(), 0);
    QCOMPARE(rowsFor({}).size(), 3);
}

void TestInteractionQueries::staffListHasEveryoneByName()
{
    auto staff = InteractionQueries::staff(m_db->get());
    QVERIFY(staff.ok());
    QCOMPARE(staff->size(), 2);
    QCOMPARE(staff->at(0).displayName, QStringLiteral("Marisol Recepción"));
    QCOMPARE(staff->at(1).username, QStringLiteral("vet2"));
    QVERIFY(!staff->at(1).active);
}

void TestInteractionQueries::linkableActivityIsTheOwnersOwn()
{
    ActivityRepository activity(m_db->get());
    for (const qint64 owner : {m_ana, m_luis}) {
        Pet pet;
        pet.ownerId = owner;
        pet.name = owner == m_ana ? QStringLiteral("Firulais") : QStringLiteral("Michi");
        QVERIFY(activity.save(pet).ok());
        for (int day = 1; day <= 3; ++day) {
            Appointment appointment;
            appointment.ownerId = owner;
            appointment.scheduledAt = test::localNoon(today.addDays(-day));
            appointment.reason = QStringLiteral("checkup %1").arg(day);
            QVERIFY(activity.save(appointment).ok());
        }
        Order order;
        order.ownerId = owner;
        order.number = QStringLiteral("T-%1").arg(owner);
        order.orderedAt = test::localNoon(today);
        QVERIFY(activity.save(order).ok());
        Conversation conversation;
        conversation.ownerId = owner;
        conversation.startedAt = test::localNoon(today);
        QVERIFY(activity.save(conversation).ok());
    }
    auto links = InteractionLinkQueries::linkableActivityOf(m_db->get(), m_ana, 2);
    QVERIFY2(links.ok(), qPrintable(links.error()));
    QCOMPARE(links->pets.size(), 1);
    QCOMPARE(links->pets[0].name, QStringLiteral("Firulais"));
    QCOMPARE(links->appointments.size(), 2); // capped, newest first
    QCOMPARE(links->appointments[0].reason, QStringLiteral("checkup 1"));
    QCOMPARE(links->orders.size(), 1);
    QCOMPARE(links->orders[0].number, QStringLiteral("T-%1").arg(m_ana));
    QCOMPARE(links->conversations.size(), 1);
    QCOMPARE(links->conversations[0].ownerId, m_ana);
}

void TestInteractionQueries::ownersAreFoundByNameWordsOrPhone()
{
    Owner maria;
    maria.firstName = QStringLiteral("Ana María");
    maria.lastName = QStringLiteral("Canul");
    maria.phone = QStringLiteral("+529981234567");
    QVERIFY(OwnerRepository(m_db->get()).save(maria).ok());
    const auto names = [this](const QString& text) {
        QStringList found;
        const auto owners = InteractionLinkQueries::ownersMatching(m_db->get(), text);
        for (const Owner& o : *owners)
            found << o.displayName();
        return found;
    };
    QCOMPARE(names(QStringLiteral("ana")), (QStringList{"Ana Prueba", "Ana María Canul"}));
    QCOMPARE(names(QStringLiteral("ana canul")), QStringList{"Ana María Canul"});
    QCOMPARE(names(QStringLiteral("998 123")), QStringList{"Ana María Canul"});
    QCOMPARE(names(QStringLiteral("100%")), QStringList());
    QCOMPARE(InteractionLinkQueries::ownersMatching(m_db->get(), QString(), 2)->size(), 2);
}

QTEST_MAIN(TestInteractionQueries)
#include "TestInteractionQueries.moc"
