#include "core/Money.h"

#include <QTest>

using namespace huellas;

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void formatsPesosInMexicanSpanish();
    void decimalFormIsLocaleIndependent();
    void parsesPesosToExactCentavos_data();
    void parsesPesosToExactCentavos();
    void refusesWhatIsNotAnAmount_data();
    void refusesWhatIsNotAnAmount();
    void fromPesosRoundsHalfUp();
};

void TestMoney::formatsPesosInMexicanSpanish()
{
    const QLocale mx(QLocale::Spanish, QLocale::Mexico);
    QCOMPARE(Money::format(12'345'50, mx), QStringLiteral("$12,345.50"));
    QCOMPARE(Money::format(0, mx), QStringLiteral("$0.00"));
    QCOMPARE(Money::format(5, mx), QStringLiteral("$0.05"));
    QCOMPARE(Money::format(-1'234'56, mx), QStringLiteral("-$1,234.56"));
    QCOMPARE(Money::format(16'400'000'00, mx), QStringLiteral("$16,400,000.00"));
}

void TestMoney::decimalFormIsLocaleIndependent()
{
    QCOMPARE(Money::toDecimal(1'234'50), QStringLiteral("1234.50"));
    QCOMPARE(Money::toDecimal(7), QStringLiteral("0.07"));
    QCOMPARE(Money::toDecimal(-250), QStringLiteral("-2.50"));
}

void TestMoney::parsesPesosToExactCentavos_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("centavos");
    QTest::newRow("whole") << "1234" << qint64(1'234'00);
    QTest::newRow("one decimal") << "1234.5" << qint64(1'234'50);
    QTest::newRow("two decimals") << "1234.50" << qint64(1'234'50);
    QTest::newRow("cents only") << "0.01" << qint64(1);
    QTest::newRow("with sign and grouping") << "$12,345.50" << qint64(12'345'50);
    QTest::newRow("negative") << "-3" << qint64(-300);
    QTest::newRow("spaces") << " 10.10 " << qint64(1010);
}

void TestMoney::parsesPesosToExactCentavos()
{
    QFETCH(QString, text);
    QFETCH(qint64, centavos);
    const auto parsed = Money::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(*parsed, centavos);
}

void TestMoney::refusesWhatIsNotAnAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("letters") << "doce";
    QTest::newRow("three decimals") << "1.005";
    QTest::newRow("trailing dot") << "12.";
    QTest::newRow("two dots") << "1.2.3";
    QTest::newRow("too large") << "1234567890123456";
    QTest::newRow("dot only") << ".50";
}

void TestMoney::refusesWhatIsNotAnAmount()
{
    QFETCH(QString, text);
    const auto parsed = Money::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().contains(text));
}

void TestMoney::fromPesosRoundsHalfUp()
{
    QCOMPARE(Money::fromPesos(1000), qint64(1'000'00));
    QCOMPARE(Money::fromPesos(1000.5), qint64(1'000'50));
    QCOMPARE(Money::fromPesos(0.015), qint64(2));
    QCOMPARE(Money::fromPesos(19.99), qint64(1999));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
