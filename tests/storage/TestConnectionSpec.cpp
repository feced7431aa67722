#include "storage/ConnectionSpec.h"

#include <QTest>

using namespace huellas;

// Where the data lives, as a person types it: a file, or a PostgreSQL address.
class TestConnectionSpec : public QObject
{
    Q_OBJECT

private slots:
    void aFileIsSqlite()
    {
        const auto spec = ConnectionSpec::sqliteFile(QStringLiteral("/datos/huellas.sqlite"));
        QVERIFY(spec.isSqlite());
        QCOMPARE(spec.filePath(), QStringLiteral("/datos/huellas.sqlite"));
        QCOMPARE(spec.displayName(), QStringLiteral("/datos/huellas.sqlite"));
        QVERIFY(spec.url().isEmpty());
    }

    void aPostgresAddressIsRead()
    {
        auto spec = ConnectionSpec::fromUrl(QStringLiteral("postgresql://recepcion@192.168.1.20:5433/huellas"));
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QVERIFY(spec->isPostgres());
        QCOMPARE(spec->user(), QStringLiteral("recepcion"));
        QCOMPARE(spec->host(), QStringLiteral("192.168.1.20"));
        QCOMPARE(spec->port(), 5433);
        QCOMPARE(spec->databaseName(), QStringLiteral("huellas"));
        QCOMPARE(spec->url(), QStringLiteral("postgresql://recepcion@192.168.1.20:5433/huellas"));
        QCOMPARE(spec->displayName(), spec->url());
    }

    void thePortDefaultsToPostgresOwn()
    {
        auto spec = ConnectionSpec::fromUrl(QStringLiteral("postgres://gerente@servidor/huellas"));
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QCOMPARE(spec->port(), 5432);
        QCOMPARE(spec->url(), QStringLiteral("postgresql://gerente@servidor:5432/huellas"));
    }

    void aTypedPasswordStaysOutOfTheAddress()
    {
        auto spec = ConnectionSpec::fromUrl(QStringLiteral("postgresql://recepcion@servidor/huellas"));
        QVERIFY(spec.ok());
        ConnectionSpec withPassword = *spec;
        withPassword.setPassword(QStringLiteral("secreto"));
        QVERIFY(!withPassword.url().contains(QStringLiteral("secreto")));
        QVERIFY(withPassword == *spec); // the same database
    }

    void badAddressesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("password") << "postgresql://recepcion:secreto@servidor/huellas" << "password";
        QTest::newRow("no user") << "postgresql://servidor/huellas" << "user";
        QTest::newRow("no database") << "postgresql://recepcion@servidor/" << "database name";
        QTest::newRow("no host") << "postgresql://recepcion@/huellas" << "server";
        QTest::newRow("options") << "postgresql://recepcion@servidor/huellas?sslmode=disable" << "options";
        QTest::newRow("other scheme") << "mysql://recepcion@servidor/huellas" << "postgresql://";
        QTest::newRow("a file") << "/datos/huellas.sqlite" << "postgresql://";
    }

    void badAddressesAreRefusedWithTheReason()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        auto spec = ConnectionSpec::fromUrl(url);
        QVERIFY(!spec.ok());
        QVERIFY2(spec.error().contains(reason), qPrintable(spec.error()));
        QVERIFY2(!spec.error().contains(QStringLiteral("secreto")), "the message repeats the password");
    }

    void differentPlacesDiffer()
    {
        const auto a = *ConnectionSpec::fromUrl(QStringLiteral("postgresql://u@h:5432/a"));
        const auto b = *ConnectionSpec::fromUrl(QStringLiteral("postgresql://u@h:5432/b"));
        QVERIFY(!(a == b));
        QVERIFY(!(a == ConnectionSpec::sqliteFile(QStringLiteral("a"))));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "TestConnectionSpec.moc"
