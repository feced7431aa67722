#include "storage/OwnerCsvExporter.h"
#include "storage/Sql.h"
#include "storage/import/CsvImporter.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace huellas;

namespace {

using Rows = QList<QStringList>;

struct CsvStyle
{
    char delimiter = ',';
    bool bom = false;
    bool crlf = false;
};

QString quoted(const QString& cell, char delimiter)
{
    const bool needsQuotes = cell.contains(QLatin1Char(delimiter)) ||
                             cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
                             cell.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return cell;
    return QLatin1Char('"') + QString(cell).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString writeCsv(const QString& folder, const QString& name, const Rows& rows, CsvStyle style = {})
{
    QByteArray bytes = style.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells << quoted(cell, style.delimiter);
        bytes += cells.join(QLatin1Char(style.delimiter)).toUtf8() + (style.crlf ? "\r\n" : "\n");
    }
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The valid data set: every file, references across files, a referrer (HU-3) after the owner
// it referred, quotes, commas and line breaks in cells, local and zoned timestamps.
Rows owners(QChar tagSeparator)
{
    const QString tags = QStringLiteral("vip%1gato").arg(tagSeparator);
    return {
        {"external_id", "first_name", "last_name", "email", "birth_date", "phone", "city",
         "acquisition_source", "referred_by", "tier", "preferred_language", "email_opt_in",
         "whatsapp_opt_in", "tags", "notes", "created_at"},
        {"HU-1", "Ana", "López", "ana@example.mx", "1985-03-12", "+529981234567", "", "referral",
         "HU-3", "vip", "es", "true", "sí", tags, "Prefiere citas, por la mañana",
         "2025-01-10T15:00:00Z"},
        {"HU-2", "José", "Peña", "", "", "", "Cancún", "walk_in", "", "regular", "en", "0", "no",
         "", "", "2025-02-01T09:30:00"},
        {"HU-3", "María", "O'Brien \"Mary\"", "mary@example.com", "", "", "Puerto Morelos",
         "google", "", "professional", "", "yes", "", "perro", "Línea 1\nLínea 2",
         "2025-03-05T10:00:00-05:00"},
    };
}

const Rows pets{
    {"external_id", "owner_external_id", "name", "species", "breed", "birth_date", "sex",
     "deceased"},
    {"P-1", "HU-1", "Firulais", "dog", "Mestizo", "2019-05-01", "M", "false"},
    {"P-2", "HU-1", "Michi", "CAT", "", "2020-07-15", "f", "0"},
    {"P-3", "HU-3", "Piolín", "bird", "", "", "", "true"},
};

const Rows appointments{
    {"external_id", "owner_external_id", "pet_external_id", "scheduled_at", "status", "reason"},
    {"A-1", "HU-1", "P-1", "2026-01-10T16:00:00Z", "completed", "Vacuna anual"},
    {"A-2", "HU-1", "", "2026-02-01T10:00:00", "scheduled", "Revisión, general"},
    {"A-3", "HU-3", "P-3", "2026-01-20T12:00:00Z", "no_show", ""},
};

const Rows orders{
    {"external_id", "owner_external_id", "number", "ordered_at", "total", "payment_status"},
    {"O-1", "HU-1", "T-1001", "2026-01-10T17:00:00Z", "1234.50", "paid"},
    {"O-2", "HU-2", "T-1002", "2026-01-11T17:00:00Z", "99", "pending"},
    {"O-3", "HU-1", "T-1003", "2026-01-12T17:00:00Z", "10.5", "paid"},
};

const Rows invoices{
    {"external_id", "owner_external_id", "number", "issued_at", "total", "status"},
    {"F-1", "HU-1", "F-2026-1", "2026-01-10T16:30:00Z", "850.00", "paid"},
    {"F-2", "HU-3", "F-2026-2", "2026-01-20T12:30:00Z", "300", "issued"},
};

const Rows interactions{
    {"external_id", "owner_external_id", "interaction_type", "direction", "subject", "summary",
     "outcome", "pet_external_id", "appointment_external_id", "order_external_id", "sentiment",
     "handled_by", "requires_follow_up", "follow_up_date", "follow_up_completed", "created_at"},
    {"I-1", "HU-1", "visit", "inbound", "Vacuna", "Vacuna anual de Firulais", "ok", "P-1", "A-1",
     "", "positive", "recepcion1", "false", "", "false", "2026-01-10T16:00:00Z"},
    {"I-2", "HU-2", "call_out", "outbound", "Seguimiento", "", "pendiente", "", "", "O-2",
     "neutral", "", "true", "2026-02-15", "false", "2026-01-12T15:00:00Z"},
    {"I-3", "HU-3", "whatsapp", "", "Hola", "", "", "", "", "", "", "recepcion1", "no", "", "no",
     "2026-01-21T15:00:00Z"},
};

// The six files, in dependency order.
QStringList writeDataSet(const QString& folder, CsvStyle style = {})
{
    const QChar tagSeparator = QLatin1Char(style.delimiter == ';' ? '|' : ';');
    return {writeCsv(folder, "owners.csv", owners(tagSeparator), style),
            writeCsv(folder, "pets.csv", pets, style),
            writeCsv(folder, "appointments.csv", appointments, style),
            writeCsv(folder, "orders.csv", orders, style),
            writeCsv(folder, "invoices.csv", invoices, style),
            writeCsv(folder, "interactions.csv", interactions, style)};
}

ImportReport imported(Database& database, const QStringList& files, bool dryRun = false)
{
    auto report = CsvImporter(database).run(files, dryRun);
    if (!report)
        qFatal("import failed: %s", qPrintable(report.error()));
    return *report;
}

QVariant scalar(Database& database, const QString& sql, const QVariantMap& params = {})
{
    auto value = Sql::scalar(database.connection(), sql, params);
    if (!value)
        qFatal("%s", qPrintable(value.error()));
    return *value;
}

QVariant ownerValue(Database& database, const QString& externalId, const QString& column)
{
    return scalar(database,
                  QStringLiteral("SELECT %1 FROM owners WHERE external_id = :e").arg(column),
                  {{QStringLiteral(":e"), externalId}});
}

// Every row of every table; what differs between two imports of the same data at different
// moments and places (updated_at, the audit log) only when `withClock`.
QStringList dump(Database& database, bool withClock = true)
{
    QStringList lines;
    for (const char* table :
         {"staff", "owners", "owner_tags", "pets", "appointments", "orders", "invoices",
          "conversations", "interactions", "segments", "audit_log", "settings"}) {
        if (!withClock && QLatin1String(table) == QLatin1String("audit_log"))
            continue;
        auto query =
            Sql::exec(database.connection(),
                      QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        if (!query)
            qFatal("%s", qPrintable(query.error()));
        while (query->next()) {
            const QSqlRecord record = query->record();
            QStringList cells{QLatin1String(table)};
            for (int i = 0; i < record.count(); ++i)
                if (withClock || record.fieldName(i) != QLatin1String("updated_at"))
                    cells << record.fieldName(i) + QLatin1Char('=') + record.value(i).toString();
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines;
}

// tests/data/import/…: ctest says where tests/data is; run by hand, it is found from here.
QString testData(const QString& relative)
{
    const QString root = qEnvironmentVariable("HUELLAS_TEST_DATA");
    return root.isEmpty() ? QFINDTESTDATA("../data/" + relative) : root + '/' + relative;
}

QByteArray exported(Database& database, const QString& path)
{
    auto rows = OwnerCsvExporter(database).exportToFile(path);
    if (!rows)
        qFatal("export failed: %s", qPrintable(rows.error()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void validDataSetImportsEveryFile();
    void sampleFilesImport();
    void filesInReverseOrderImportTheSame();
    void semicolonBomAndCrlfImportTheSame();
    void emptyCellsAndAbsentColumnsTakeDefaults();
    void reimportUpdatesInsteadOfDuplicating();
    void dryRunWritesNothing();
};

void TestCsvImport::validDataSetImportsEveryFile()
{
    test::TestDatabase db;
    const ImportReport report = imported(*db, writeDataSet(db.folder()));
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    const QMap<QString, int> expected{{"owners", 3}, {"pets", 3},     {"appointments", 3},
                                      {"orders", 3}, {"invoices", 2}, {"interactions", 3}};
    QCOMPARE(report.inserted, expected);
    QVERIFY(report.updated.isEmpty());

    QCOMPARE(ownerValue(*db, "HU-1", "last_name").toString(), QStringLiteral("López"));
    QCOMPARE(ownerValue(*db, "HU-1", "city").toString(), QStringLiteral("Puerto Morelos"));
    QCOMPARE(ownerValue(*db, "HU-1", "birth_date").toString(), QStringLiteral("1985-03-12"));
    QCOMPARE(ownerValue(*db, "HU-1", "whatsapp_opt_in").toInt(), 1);
    QCOMPARE(ownerValue(*db, "HU-2", "whatsapp_opt_in").toInt(), 0);
    QCOMPARE(ownerValue(*db, "HU-2", "email_opt_in").toInt(), 0);
    QCOMPARE(ownerValue(*db, "HU-3", "email_opt_in").toInt(), 1);
    QCOMPARE(ownerValue(*db, "HU-3", "last_name").toString(), QStringLiteral("O'Brien \"Mary\""));
    QCOMPARE(ownerValue(*db, "HU-3", "notes").toString(), QStringLiteral("Línea 1\nLínea 2"));
    QCOMPARE(ownerValue(*db, "HU-3", "preferred_language").toString(), QStringLiteral("es"));
    QCOMPARE(ownerValue(*db, "HU-1", "notes").toString(),
             QStringLiteral("Prefiere citas, por la mañana"));
    // Timestamps: UTC as written, local time (UTC−5) without a zone, an explicit offset.
    QCOMPARE(ownerValue(*db, "HU-1", "created_at").toString(),
             QStringLiteral("2025-01-10T15:00:00Z"));
    QCOMPARE(ownerValue(*db, "HU-2", "created_at").toString(),
             QStringLiteral("2025-02-01T14:30:00Z"));
    QCOMPARE(ownerValue(*db, "HU-3", "created_at").toString(),
             QStringLiteral("2025-03-05T15:00:00Z"));
    QCOMPARE(scalar(*db, "SELECT group_concat(tag, ',') FROM (SELECT tag FROM owner_tags t JOIN "
                         "owners o ON o.id = t.owner_id WHERE o.external_id = 'HU-1' ORDER BY tag)")
                 .toString(),
             QStringLiteral("gato,vip"));

    // The referrer came after the owner it referred.
    QCOMPARE(ownerValue(*db, "HU-1", "referred_by"), ownerValue(*db, "HU-3", "id"));
    QCOMPARE(ownerValue(*db, "HU-3", "referrals_made").toInt(), 1);

    QCOMPARE(scalar(*db, "SELECT total FROM orders WHERE external_id = 'O-1'").toLongLong(),
             123450);
    QCOMPARE(scalar(*db, "SELECT total FROM orders WHERE external_id = 'O-3'").toLongLong(), 1050);
    QCOMPARE(scalar(*db, "SELECT total FROM invoices WHERE external_id = 'F-1'").toLongLong(),
             85000);
    QCOMPARE(scalar(*db, "SELECT species || sex FROM pets WHERE external_id = 'P-2'").toString(),
             QStringLiteral("catF"));
    QCOMPARE(scalar(*db, "SELECT deceased FROM pets WHERE external_id = 'P-3'").toInt(), 1);
    QCOMPARE(
        scalar(*db, "SELECT scheduled_at FROM appointments WHERE external_id = 'A-2'").toString(),
        QStringLiteral("2026-02-01T15:00:00Z"));
    QCOMPARE(
        scalar(*db, "SELECT pet_id IS NULL FROM appointments WHERE external_id = 'A-2'").toInt(),
        1);
    QCOMPARE(scalar(*db, "SELECT direction FROM interactions WHERE external_id = 'I-3'").toString(),
             QStringLiteral("inbound"));
    QCOMPARE(
        scalar(*db, "SELECT follow_up_date FROM interactions WHERE external_id = 'I-2'").toString(),
        QStringLiteral("2026-02-15"));
    QCOMPARE(scalar(*db,
                    "SELECT o.external_id FROM interactions i JOIN orders o ON o.id = i.order_id "
                    "WHERE i.external_id = 'I-2'")
                 .toString(),
             QStringLiteral("O-2"));

    // Metrics recomputed: paid orders 1234.50 + 10.50 and the paid invoice 850.00; one visit
    // day (the completed appointment and the visit interaction share 2026-01-10).
    QCOMPARE(ownerValue(*db, "HU-1", "lifetime_value").toLongLong(), 209500);
    QCOMPARE(ownerValue(*db, "HU-1", "total_visits").toInt(), 1);
    QCOMPARE(ownerValue(*db, "HU-1", "last_visit_date").toString(), QStringLiteral("2026-01-10"));

    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'import'").toInt(), 1);
    QVERIFY(scalar(*db, "SELECT details FROM audit_log WHERE action = 'import'")
                .toString()
                .contains(QLatin1String("owners +3 ~0")));
}

void TestCsvImport::sampleFilesImport()
{
    test::TestDatabase db;
    QStringList files;
    for (const char* name :
         {"interactions", "invoices", "orders", "appointments", "pets", "owners"})
        files << testData(QStringLiteral("import/sample/%1.csv").arg(QLatin1String(name)));
    const ImportReport report = imported(*db, files);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    const QMap<QString, int> expected{{"owners", 3}, {"pets", 4},     {"appointments", 4},
                                      {"orders", 3}, {"invoices", 2}, {"interactions", 3}};
    QCOMPARE(report.inserted, expected);
    QCOMPARE(report.createdStaff, (QStringList{"recepcion.ana", "gerencia.luis"}));
    QCOMPARE(ownerValue(*db, "HU-0001", "referred_by"), ownerValue(*db, "HU-0003", "id"));
    QCOMPARE(ownerValue(*db, "HU-0002", "notes").toString(),
             QStringLiteral(
                 "Snowbird: en Puerto Morelos de noviembre a abril.\nPide recibos en inglés."));
    QCOMPARE(ownerValue(*db, "HU-0003", "notes").toString(),
             QStringLiteral("Rescatista: trae animales de la calle, \"precio especial\""));
    QCOMPARE(ownerValue(*db, "HU-0001", "lifetime_value").toLongLong(), 189950);
}

void TestCsvImport::filesInReverseOrderImportTheSame()
{
    test::TestDatabase inOrder;
    test::TestDatabase reversed;
    QStringList files = writeDataSet(inOrder.folder());
    QVERIFY(imported(*inOrder, files).ok());
    std::reverse(files.begin(), files.end());
    const ImportReport report = imported(*reversed, files);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QCOMPARE(dump(*reversed, false), dump(*inOrder, false));
}

void TestCsvImport::semicolonBomAndCrlfImportTheSame()
{
    test::TestDatabase comma;
    test::TestDatabase semicolon;
    QVERIFY(imported(*comma, writeDataSet(comma.folder())).ok());
    const ImportReport report =
        imported(*semicolon, writeDataSet(semicolon.folder(), CsvStyle{';', true, true}));
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QVERIFY(report.notices.isEmpty() || !report.notices.join(' ').contains("Windows-1252"));
    QCOMPARE(dump(*semicolon, false), dump(*comma, false));
    QCOMPARE(exported(*semicolon, semicolon.folder() + "/export.csv"),
             exported(*comma, comma.folder() + "/export.csv"));
}

void TestCsvImport::emptyCellsAndAbsentColumnsTakeDefaults()
{
    test::TestDatabase db;
    const QString file = writeCsv(db.folder(), "2026_owners.csv",
                                  {{"first_name", "external_id", "city", "tier", "whatsapp_opt_in"},
                                   {"Ana", "HU-1", "", "", ""}});
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(imported(*db, {file}).ok());
    QCOMPARE(ownerValue(*db, "HU-1", "city").toString(), QStringLiteral("Puerto Morelos"));
    QCOMPARE(ownerValue(*db, "HU-1", "tier").toString(), QStringLiteral("new"));
    QCOMPARE(ownerValue(*db, "HU-1", "preferred_language").toString(), QStringLiteral("es"));
    QCOMPARE(ownerValue(*db, "HU-1", "whatsapp_opt_in").toInt(), 1);
    QCOMPARE(ownerValue(*db, "HU-1", "email_opt_in").toInt(), 0);
    QCOMPARE(ownerValue(*db, "HU-1", "churn_risk").toString(), QStringLiteral("low"));
    QVERIFY(ownerValue(*db, "HU-1", "referred_by").isNull());
    const QDateTime created =
        QDateTime::fromString(ownerValue(*db, "HU-1", "created_at").toString(), Qt::ISODate);
    QVERIFY(created >= before && created <= QDateTime::currentDateTimeUtc().addSecs(1));
}

void TestCsvImport::reimportUpdatesInsteadOfDuplicating()
{
    test::TestDatabase db;
    const QStringList files = writeDataSet(db.folder());
    QVERIFY(imported(*db, files).ok());
    const QStringList first = dump(*db, false);

    // Rows the file does not change are not rewritten: updated_at keeps meaning "changed".
    const QString longAgo = QStringLiteral("2020-01-01T00:00:00Z");
    QVERIFY(Sql::exec(db->connection(), "UPDATE owners SET updated_at = :t", {{":t", longAgo}}));
    const ImportReport again = imported(*db, files);
    QVERIFY2(again.ok(), qPrintable(again.errors.join(QLatin1Char('\n'))));
    QCOMPARE(
        scalar(*db, "SELECT count(*) FROM owners WHERE updated_at = :t", {{":t", longAgo}}).toInt(),
        3);
    QVERIFY(again.inserted.isEmpty());
    QCOMPARE(again.updated.value("owners"), 3);
    QCOMPARE(again.updated.value("interactions"), 3);
    QCOMPARE(again.createdStaff, QStringList());
    QCOMPARE(dump(*db, false), first);

    // New tags replace the old; an empty created_at keeps the stored one.
    writeCsv(db.folder(), "owners.csv",
             {{"external_id", "first_name", "tags", "created_at"}, {"HU-1", "Ana", "nuevo", ""}});
    QVERIFY(imported(*db, {db.folder() + "/owners.csv"}).ok());
    QVERIFY(ownerValue(*db, "HU-1", "updated_at").toString() != longAgo);
    QCOMPARE(ownerValue(*db, "HU-2", "updated_at").toString(), longAgo);
    QCOMPARE(scalar(*db, "SELECT group_concat(tag) FROM owner_tags t JOIN owners o "
                         "ON o.id = t.owner_id WHERE o.external_id = 'HU-1'")
                 .toString(),
             QStringLiteral("nuevo"));
    QCOMPARE(ownerValue(*db, "HU-1", "created_at").toString(),
             QStringLiteral("2025-01-10T15:00:00Z"));
    QCOMPARE(scalar(*db, "SELECT count(*) FROM owners").toInt(), 3);
}

void TestCsvImport::dryRunWritesNothing()
{
    test::TestDatabase db;
    const QStringList before = dump(*db);
    const ImportReport report = imported(*db, writeDataSet(db.folder()), true);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    QVERIFY(report.dryRun);
    QCOMPARE(report.inserted.value("owners"), 3);
    QCOMPARE(report.inserted.value("interactions"), 3);
    QCOMPARE(report.createdStaff, QStringList{"recepcion1"});
    QCOMPARE(dump(*db), before);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
