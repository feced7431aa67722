#include "core/AppSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace huellas;

// The workstation's preferences, kept in a settings file of a temporary folder so the test never
// touches the real user's choices.
class TestAppSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aFreshWorkstationIsInSpanishWithNoLastDatabase();
    void choicesAreRememberedForTheNextSession_data();
    void choicesAreRememberedForTheNextSession();
    void changingAPreferenceTellsListenersWhichOne_data();
    void changingAPreferenceTellsListenersWhichOne();
    void choosingTheCurrentValueAgainTellsNoOne();
    void dailyBackupsKeepSevenInTheDefaultFolderUnlessChosen();

private:
    QTemporaryDir m_config;
};

void TestAppSettings::initTestCase()
{
    QVERIFY(m_config.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QCoreApplication::setOrganizationName(QStringLiteral("HuellasTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestAppSettings"));
}

void TestAppSettings::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestAppSettings::aFreshWorkstationIsInSpanishWithNoLastDatabase()
{
    QCOMPARE(AppSettings::instance().language(), QStringLiteral("es"));
    QVERIFY(AppSettings::instance().lastDatabase().isEmpty());
}

void TestAppSettings::choicesAreRememberedForTheNextSession_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("database");
    QTest::newRow("english, shared file") << QStringLiteral("en") << QStringLiteral("/srv/huellas/clinica.sqlite");
    QTest::newRow("spanish, local file") << QStringLiteral("es") << QStringLiteral("/home/recepcion/huellas.sqlite");
}

void TestAppSettings::choicesAreRememberedForTheNextSession()
{
    QFETCH(QString, language);
    QFETCH(QString, database);
    AppSettings::instance().setLanguage(language);
    AppSettings::instance().setLastDatabase(database);
    QSettings().sync();

    // The choice is on disk, in the test's folder, for the next start of the program to read.
    const QString file = QSettings().fileName();
    QVERIFY2(file.startsWith(m_config.path()), qPrintable(file));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains(database.toUtf8()));
    QCOMPARE(AppSettings::instance().language(), language);
    QCOMPARE(AppSettings::instance().lastDatabase(), database);
}

void TestAppSettings::changingAPreferenceTellsListenersWhichOne_data()
{
    QTest::addColumn<bool>("language");
    QTest::addColumn<QString>("value");
    QTest::newRow("language") << true << QStringLiteral("en");
    QTest::newRow("last database") << false << QStringLiteral("/srv/huellas/otra.sqlite");
}

void TestAppSettings::changingAPreferenceTellsListenersWhichOne()
{
    QFETCH(bool, language);
    QFETCH(QString, value);
    AppSettings& settings = AppSettings::instance();
    QSignalSpy spy(&settings, &AppSettings::changed);
    if (language)
        settings.setLanguage(value);
    else
        settings.setLastDatabase(value);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<AppSettings::Key>(),
             language ? AppSettings::Key::Language : AppSettings::Key::LastDatabase);
    QCOMPARE(language ? settings.language() : settings.lastDatabase(), value);
}

void TestAppSettings::choosingTheCurrentValueAgainTellsNoOne()
{
    AppSettings& settings = AppSettings::instance();
    QSignalSpy spy(&settings, &AppSettings::changed);
    settings.setLanguage(QStringLiteral("es")); // already the default
    settings.setLastDatabase(QString());
    QCOMPARE(spy.count(), 0);

    settings.setLanguage(QStringLiteral("en"));
    settings.setLanguage(QStringLiteral("en"));
    QCOMPARE(spy.count(), 1);
}

void TestAppSettings::dailyBackupsKeepSevenInTheDefaultFolderUnlessChosen()
{
    AppSettings& settings = AppSettings::instance();
    QCOMPARE(settings.backupFolder(), QString());
    QCOMPARE(settings.backupsKept(), 7);
    settings.setBackupFolder(QStringLiteral("/media/usb/respaldos"));
    settings.setBackupsKept(30);
    QCOMPARE(settings.backupFolder(), QStringLiteral("/media/usb/respaldos"));
    QCOMPARE(settings.backupsKept(), 30);
    settings.setBackupsKept(0); // at least one is always kept
    QCOMPARE(settings.backupsKept(), 1);
    QSettings().setValue(QStringLiteral("backup/kept"), QStringLiteral("many"));
    QCOMPARE(settings.backupsKept(), 7);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
