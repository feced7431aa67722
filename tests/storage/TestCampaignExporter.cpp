#include "core/PhoneNumbers.h"
#include "core/rules/RuleParser.h"
#include "storage/DemoDataGenerator.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "storage/segments/CampaignExporter.h"
#include "storage/segments/SegmentQuery.h"
#include "support/TestDatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

using namespace huellas;

namespace {

qint64 owner(Database& db, const QString& externalId, const std::function<void(Owner&)>& setup)
{
    Owner o;
    o.externalId = externalId;
    o.firstName = externalId;
    o.lastName = QStringLiteral("Canul");
    o.whatsappOptIn = false;
    setup(o);
    auto id = OwnerRepository(db).save(o);
    if (!id)
        qFatal("cannot save %s: %s", qPrintable(externalId), qPrintable(id.error()));
    return *id;
}

// The clinic every test writes from: one owner per way of being reachable or not.
void addClinic(Database& db)
{
    owner(db, QStringLiteral("all"), [](Owner& o) {
        o.whatsappOptIn = o.smsOptIn = o.emailOptIn = true;
        o.whatsapp = QStringLiteral("+529981111111");
        o.phone = QStringLiteral("+529982222222");
        o.email = QStringLiteral("todo@example.mx");
        o.tier = QStringLiteral("vip");
        o.preferredLanguage = QStringLiteral("en");
    });
    owner(db, QStringLiteral("phone-only"), [](Owner& o) {
        o.whatsappOptIn = o.smsOptIn = true;
        o.phone = QStringLiteral("998 333 4444"); // typed by hand, never normalised
    });
    owner(db, QStringLiteral("no-opt-in"), [](Owner& o) {
        o.whatsapp = QStringLiteral("+529985555555");
        o.phone = QStringLiteral("+529985555555");
        o.email = QStringLiteral("nada@example.mx");
        o.tier = QStringLiteral("vip");
    });
    owner(db, QStringLiteral("no-contact"),
          [](Owner& o) { o.whatsappOptIn = o.smsOptIn = o.emailOptIn = true; });
    owner(db, QStringLiteral("bad-number"), [](Owner& o) {
        o.whatsappOptIn = o.smsOptIn = true;
        o.phone = QStringLiteral("12");
    });
}

QStringList linesOf(CampaignExporter& exporter, CampaignChannel channel,
                    const OwnerFilter& filter = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto rows = exporter.write(buffer, channel, filter);
    if (!rows)
        qFatal("export failed: %s", qPrintable(rows.error()));
    QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"));
    if (lines.last().isEmpty())
        lines.removeLast();
    if (lines.size() != *rows + 1)
        qFatal("%d rows reported, %d written", *rows, int(lines.size()) - 1);
    return lines;
}

} // namespace

class TestCampaignExporter final : public QObject
{
    Q_OBJECT

private slots:
    void whatsappTakesTheWhatsappNumberElseThePhone();
    void smsNeedsOptInAndAReadablePhone();
    void emailNeedsOptInAndAnAddress();
    void segmentFilterNarrowsTheList();
    void fileHasBomAndGuardsFormulasButNotNumbers();
    void failedExportLeavesTheOldFileAlone();
    void countsPerChannelAgreeWithTheOwnersOnDemoData();
};

void TestCampaignExporter::whatsappTakesTheWhatsappNumberElseThePhone()
{
    test::TestDatabase db;
    addClinic(*db);
    CampaignExporter exporter(*db);
    const QStringList lines = linesOf(exporter, CampaignChannel::WhatsApp);
    QCOMPARE(lines, QStringList({QStringLiteral("external_id,first_name,last_name,contact,"
                                                "preferred_language"),
                                 QStringLiteral("all,all,Canul,+529981111111,en"),
                                 QStringLiteral("phone-only,phone-only,Canul,+529983334444,es")}));
}

void TestCampaignExporter::smsNeedsOptInAndAReadablePhone()
{
    test::TestDatabase db;
    addClinic(*db);
    CampaignExporter exporter(*db);
    const QStringList lines = linesOf(exporter, CampaignChannel::Sms);
    QCOMPARE(lines.mid(1),
             QStringList({QStringLiteral("all,all,Canul,+529982222222,en"),
                          QStringLiteral("phone-only,phone-only,Canul,+529983334444,es")}));
}

void TestCampaignExporter::emailNeedsOptInAndAnAddress()
{
    test::TestDatabase db;
    addClinic(*db);
    CampaignExporter exporter(*db);
    QCOMPARE(linesOf(exporter, CampaignChannel::Email).mid(1),
             QStringList{QStringLiteral("all,all,Canul,todo@example.mx,en")});
}

void TestCampaignExporter::segmentFilterNarrowsTheList()
{
    test::TestDatabase db;
    addClinic(*db);
    auto rules = SegmentRules::parse(QByteArray(R"({"tier":["vip"]})"));
    QVERIFY(rules.ok());
    const OwnerFilter vip = SegmentQuery::filterFor(db->dialect(), *rules);
    CampaignExporter exporter(*db);
    const QStringList lines = linesOf(exporter, CampaignChannel::WhatsApp, vip);
    QCOMPARE(lines.size(), 2); // "no-opt-in" is VIP too, but did not accept WhatsApp
    QVERIFY(lines.at(1).startsWith(QLatin1String("all,")));
}

void TestCampaignExporter::fileHasBomAndGuardsFormulasButNotNumbers()
{
    test::TestDatabase db;
    owner(*db, QStringLiteral("formula"), [](Owner& o) {
        o.whatsappOptIn = true;
        o.firstName = QStringLiteral("=HYPERLINK(\"http://x\")");
        o.lastName = QStringLiteral("Pérez, Núñez");
        o.whatsapp = QStringLiteral("+529981234567");
    });
    const QString path = QDir(db.folder()).filePath(QStringLiteral("campaign.csv"));
    auto rows = CampaignExporter(*db).exportToFile(path, CampaignChannel::WhatsApp);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(*rows, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString expected = QStringLiteral(
        "formula,\"'=HYPERLINK(\"\"http://x\"\")\",\"Pérez, Núñez\",+529981234567,es\r\n");
    QVERIFY2(QString::fromUtf8(bytes).endsWith(expected), bytes.constData());
    QCOMPARE(QDir(db.folder()).entryList({QStringLiteral("*.part")}, QDir::Files).size(), 0);
}

void TestCampaignExporter::failedExportLeavesTheOldFileAlone()
{
    test::TestDatabase db;
    addClinic(*db);
    const QString path = QDir(db.folder()).filePath(QStringLiteral("campaign.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old list\n");
    }
    const OwnerFilter broken{QStringLiteral("o.no_such_column = 1"), {}};
    auto rows = CampaignExporter(*db).exportToFile(path, CampaignChannel::Sms, broken);
    QVERIFY(!rows.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old list\n"));
    QCOMPARE(QDir(db.folder()).entryList({QStringLiteral("*.part")}, QDir::Files).size(), 0);

    auto missingFolder = CampaignExporter(*db).exportToFile(
        QDir(db.folder()).filePath(QStringLiteral("no/such/folder/list.csv")),
        CampaignChannel::Sms);
    QVERIFY(!missingFolder.ok());
    QVERIFY(missingFolder.error().contains(QLatin1String("list.csv")));
}

void TestCampaignExporter::countsPerChannelAgreeWithTheOwnersOnDemoData()
{
    test::TestDatabase db;
    DemoOptions options;
    options.owners = 150;
    options.seed = 7;
    options.today = QDate(2026, 11, 24);
    QVERIFY(DemoDataGenerator(*db).generate(options).ok());

    // Count what each channel should hold straight from the owners, one by one.
    int whatsapp = 0, sms = 0, email = 0;
    auto ids = Sql::exec(db->connection(), QStringLiteral("SELECT id FROM owners"));
    QVERIFY(ids.ok());
    const auto readable = [](const QString& n) {
        return PhoneNumbers::normalize(n).ok() && !n.isEmpty();
    };
    while (ids->next()) {
        auto o = OwnerRepository(*db).find(ids->value(0).toLongLong());
        QVERIFY(o.ok());
        whatsapp += o->whatsappOptIn && (readable(o->whatsapp) || readable(o->phone));
        sms += o->smsOptIn && readable(o->phone);
        email += o->emailOptIn && o->email.contains(QLatin1Char('@'));
    }
    QVERIFY(whatsapp > 0 && sms > 0 && email > 0);
    CampaignExporter exporter(*db);
    QCOMPARE(linesOf(exporter, CampaignChannel::WhatsApp).size() - 1, whatsapp);
    QCOMPARE(linesOf(exporter, CampaignChannel::Sms).size() - 1, sms);
    QCOMPARE(linesOf(exporter, CampaignChannel::Email).size() - 1, email);
    for (const QString& line : linesOf(exporter, CampaignChannel::Sms).mid(1))
        QVERIFY2(line.section(QLatin1Char(','), -2, -2).startsWith(QLatin1String("+")),
                 qPrintable(line));
}

QTEST_GUILESS_MAIN(TestCampaignExporter)
#include "TestCampaignExporter.moc"
