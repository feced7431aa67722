#include "core/rules/RuleParser.h"
#include "core/rules/RuleWriter.h"
#include "gui/segments/ChoiceChecklistEditor.h"
#include "gui/segments/DateValueEditor.h"
#include "gui/segments/PesosEditor.h"
#include "gui/segments/RuleConditionRow.h"
#include "gui/segments/RuleGroupEditor.h"
#include "gui/segments/RulesJsonDialog.h"
#include "gui/segments/SegmentBuilderDialog.h"
#include "gui/segments/SegmentPreviewLoader.h"
#include "gui/segments/SegmentPreviewModel.h"
#include "gui/segments/TextListEditor.h"
#include "gui/segments/WholeNumberEditor.h"
#include "gui/segments/YesNoEditor.h"
#include "storage/ActivityRepository.h"
#include "storage/DemoDataGenerator.h"
#include "storage/MetricsRefresher.h"
#include "storage/OwnerRepository.h"
#include "storage/segments/SegmentQuery.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace huellas;

namespace {

const QDate today(2026, 6, 15);

QString canonical(const QByteArray& json)
{
    auto rules = SegmentRules::parse(json);
    if (!rules)
        qFatal("test rules refused: %s", qPrintable(rules.error()));
    return QString::fromUtf8(SegmentRules::toJson(*rules));
}

int countOf(Database& db, const QString& json)
{
    auto rules = SegmentRules::parse(json.toUtf8());
    auto n = rules ? SegmentQuery::count(db, *rules) : failure<int>(rules.error());
    if (!n)
        qFatal("cannot count: %s", qPrintable(n.error()));
    return *n;
}

Segment named(const QByteArray& rules)
{
    Segment s;
    s.name = QStringLiteral("Prueba");
    s.rulesJson = QString::fromUtf8(rules);
    return s;
}

RuleConditionRow* addRow(RuleGroupEditor* group, RuleKey key)
{
    QTest::mouseClick(group->addConditionButton(), Qt::LeftButton);
    RuleConditionRow* row = group->rows().last();
    QComboBox* field = row->fieldCombo();
    field->setCurrentIndex(field->findData(int(key)));
    QCoreApplication::processEvents(); // the new editor is shown and laid out, ready for clicks
    return row;
}

void check(RuleConditionRow* row, const char* choiceKey)
{
    auto* list = qobject_cast<ChoiceChecklistEditor*>(row->editor());
    QVERIFY(list);
    QCoreApplication::processEvents(); // a new editor is shown by a queued call
    QTest::mouseClick(list->checkBoxFor(QLatin1String(choiceKey)), Qt::LeftButton);
}

void typeInto(QAbstractSpinBox* spin, const QString& text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

QLabel* problemLabelOf(RuleConditionRow* row)
{
    return row->findChild<QLabel*>(QStringLiteral("conditionProblemLabel"));
}

// Whether the red line is on, even before a new row's queued show() has run.
bool shows(QLabel* label)
{
    return !label->isHidden() && !label->text().isEmpty();
}

// A dialog with its own preview thread on the test database, shown so clicks reach it.
struct Builder
{
    explicit Builder(test::TestDatabase& db, const SegmentFormChoices& choices = {})
        : loader(db.spec()), dialog(choices, &loader)
    {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            qFatal("the builder was not shown");
    }
    RuleGroupEditor* root() const { return dialog.rootGroup(); }
    QPushButton* save() { return dialog.findChild<QPushButton*>(QStringLiteral("saveButton")); }

    SegmentPreviewLoader loader;
    SegmentBuilderDialog dialog;
};

} // namespace

class TestSegmentBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTripsThroughTheWidgets_data();
    void jsonRoundTripsThroughTheWidgets();
    void everyFieldGetsTheEditorOfItsKind();
    void drivingEachEditorBuildsTheEngineJson();
    void issueExampleBuiltWithTheWidgetsCountsItsOwners();
    void liveCountFollowsEveryChangeAndShowsTheFirstMembers();
    void minAboveMaxDisablesSaveNamingTheField();
    void createdAfterMustBeBeforeCreatedBefore();
    void unfinishedRowsEmptyListsAndRepeatedFieldsBlockSaving();
    void problemInANestedGroupShowsUnderItsRow();
    void nameIsRequiredAndSaveAsksTheReceiver();
    void unreadableSavedRulesBlockSavingUntilRebuilt();
    void viewJsonShowsTheRulesReadOnly();
    void previewModelPassesTheItemModelTester();
};

void TestSegmentBuilder::jsonRoundTripsThroughTheWidgets_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("everyone") << QByteArray("{}");
    QTest::newRow("tier") << QByteArray(R"({"tier":["vip","professional"]})");
    QTest::newRow("tags") << QByteArray(R"({"tags":["perro grande","cachorro"]})");
    QTest::newRow("tags_any") << QByteArray(R"({"tags_any":["gato"]})");
    QTest::newRow("tags_none") << QByteArray(R"({"tags_none":["moroso"]})");
    QTest::newRow("lifetime_value_min") << QByteArray(R"({"lifetime_value_min":1500.5})");
    QTest::newRow("lifetime_value_max") << QByteArray(R"({"lifetime_value_max":10000})");
    QTest::newRow("days_since_visit_min") << QByteArray(R"({"days_since_visit_min":90})");
    QTest::newRow("days_since_visit_max") << QByteArray(R"({"days_since_visit_max":0})");
    QTest::newRow("churn_risk") << QByteArray(R"({"churn_risk":["high","medium"]})");
    QTest::newRow("email_opt_in") << QByteArray(R"({"email_opt_in":true})");
    QTest::newRow("sms_opt_in") << QByteArray(R"({"sms_opt_in":false})");
    QTest::newRow("whatsapp_opt_in") << QByteArray(R"({"whatsapp_opt_in":true})");
    QTest::newRow("acquisition_source")
        << QByteArray(R"({"acquisition_source":["walk_in","google"]})");
    QTest::newRow("city") << QByteArray(R"({"city":["Cancún","Puerto Morelos"]})");
    QTest::newRow("neighborhood") << QByteArray(R"({"neighborhood":["Centro","Pescadores"]})");
    QTest::newRow("preferred_language") << QByteArray(R"({"preferred_language":["en"]})");
    QTest::newRow("engagement_min") << QByteArray(R"({"engagement_min":20})");
    QTest::newRow("engagement_max") << QByteArray(R"({"engagement_max":100})");
    QTest::newRow("visits_min") << QByteArray(R"({"visits_min":3})");
    QTest::newRow("species") << QByteArray(R"({"species":["dog","cat"]})");
    QTest::newRow("referred") << QByteArray(R"({"referred":false})");
    QTest::newRow("created_after") << QByteArray(R"({"created_after":"2026-01-01"})");
    QTest::newRow("created_before") << QByteArray(R"({"created_before":"2026-07-01"})");
    QTest::newRow("any of conditions")
        << QByteArray(R"({"any":[{"tier":["vip"]},{"lifetime_value_min":5000}]})");
    QTest::newRow("any with an all-of alternative")
        << QByteArray(R"({"churn_risk":["low"],"any":[{"species":["dog"],"tier":["vip"]},)"
                      R"({"churn_risk":["high"]}]})");
    QTest::newRow("any nested in any")
        << QByteArray(R"({"any":[{"tier":["vip"],"any":[{"city":["Cancún"]},)"
                      R"({"neighborhood":["Centro"]}]},{"visits_min":10}]})");
    QTest::newRow("any alternative that is only an any")
        << QByteArray(R"({"any":[{"any":[{"referred":true},{"sms_opt_in":true}]},)"
                      R"({"email_opt_in":true}]})");
    QTest::newRow("issue example")
        << QByteArray(R"({"species":["dog"],"tier":["vip","professional"],)"
                      R"("days_since_visit_min":90,"days_since_visit_max":180,)"
                      R"("whatsapp_opt_in":true})");
    QTest::newRow("every key at once")
        << QByteArray(R"({"tier":["new"],"tags":["a"],"tags_any":["b"],"tags_none":["c"],)"
                      R"("lifetime_value_min":100.25,"lifetime_value_max":200,)"
                      R"("days_since_visit_min":1,"days_since_visit_max":2,)"
                      R"("churn_risk":["low"],"email_opt_in":true,"sms_opt_in":true,)"
                      R"("whatsapp_opt_in":false,"acquisition_source":["event"],)"
                      R"("city":["Puerto Morelos"],"neighborhood":["Joya"],)"
                      R"("preferred_language":["es"],"engagement_min":5,"engagement_max":6,)"
                      R"("visits_min":7,"species":["reptile"],"referred":true,)"
                      R"("created_after":"2025-12-31","created_before":"2026-01-01",)"
                      R"("any":[{"tier":["regular"]},{"tags":["z"]}]})");
}

void TestSegmentBuilder::jsonRoundTripsThroughTheWidgets()
{
    QFETCH(QByteArray, json);
    SegmentBuilderDialog dialog(SegmentFormChoices{}, nullptr);
    dialog.setSegment(named(json));
    QCOMPARE(dialog.rulesJson(), canonical(json));
    QCOMPARE(dialog.problems(), QStringList());
    QCOMPARE(dialog.segment().rulesJson, canonical(json));
}

void TestSegmentBuilder::everyFieldGetsTheEditorOfItsKind()
{
    SegmentBuilderDialog dialog(SegmentFormChoices{}, nullptr);
    RuleConditionRow* row = dialog.rootGroup()->addCondition();
    QCOMPARE(row->fieldCombo()->count(), int(ruleKeys().size())); // a placeholder, no "any"
    for (const RuleKeyInfo& info : ruleKeys()) {
        if (info.key == RuleKey::Any)
            continue;
        row->setKey(info.key);
        QWidget* editor = row->editor();
        const char* name = info.name;
        switch (info.kind) {
        case RuleValueKind::ChoiceList:
            QVERIFY2(qobject_cast<ChoiceChecklistEditor*>(editor), name);
            break;
        case RuleValueKind::TextList:
        case RuleValueKind::TagList:
            QVERIFY2(qobject_cast<TextListEditor*>(editor), name);
            break;
        case RuleValueKind::Boolean:
            QVERIFY2(qobject_cast<YesNoEditor*>(editor), name);
            break;
        case RuleValueKind::Pesos: {
            auto* pesos = qobject_cast<PesosEditor*>(editor);
            QVERIFY2(pesos, name);
            QCOMPARE(pesos->spinBox()->decimals(), 2);
            QCOMPARE(pesos->spinBox()->prefix(), QStringLiteral("$"));
            break;
        }
        case RuleValueKind::WholeNumber:
            QVERIFY2(qobject_cast<WholeNumberEditor*>(editor), name);
            break;
        case RuleValueKind::Date: {
            auto* date = qobject_cast<DateValueEditor*>(editor);
            QVERIFY2(date, name);
            QCOMPARE(date->dateEdit()->displayFormat(), QStringLiteral("dd/MM/yyyy"));
            break;
        }
        case RuleValueKind::Alternatives:
            QFAIL("any is a group, not a field");
            break;
        }
    }
}

void TestSegmentBuilder::drivingEachEditorBuildsTheEngineJson()
{
    test::TestDatabase db;
    SegmentFormChoices choices;
    choices.tags = {QStringLiteral("cachorro")};
    for (const RuleKeyInfo& info : ruleKeys()) {
        if (info.key == RuleKey::Any)
            continue;
        Builder b(db, choices);
        RuleConditionRow* row = addRow(b.root(), info.key);
        QJsonValue expected;
        switch (info.kind) {
        case RuleValueKind::ChoiceList: {
            const QStringList keys = choiceKeys(info.choices);
            check(row, keys.at(1).toLatin1().constData());
            check(row, keys.at(0).toLatin1().constData());
            expected = QJsonArray{keys.at(1), keys.at(0)};
            break;
        }
        case RuleValueKind::TextList:
        case RuleValueKind::TagList: {
            auto* input = row->findChild<QLineEdit*>(QStringLiteral("tagInput"));
            input->setFocus();
            QTest::keyClicks(input, QStringLiteral("Playa, cachorro"));
            QTest::keyClick(input, Qt::Key_Return);
            expected = QJsonArray{QStringLiteral("Playa"), QStringLiteral("cachorro")};
            break;
        }
        case RuleValueKind::Boolean: {
            auto* combo = row->findChild<QComboBox*>(QStringLiteral("yesNoCombo"));
            QCOMPARE(row->value(), QJsonValue(true)); // yes until changed
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_Down);
            expected = false;
            break;
        }
        case RuleValueKind::Pesos:
            typeInto(row->findChild<QDoubleSpinBox*>(QStringLiteral("pesosSpin")),
                     QStringLiteral("1500.5"));
            expected = 1500.5;
            break;
        case RuleValueKind::WholeNumber:
            typeInto(row->findChild<QSpinBox*>(QStringLiteral("numberSpin")), QStringLiteral("42"));
            expected = 42;
            break;
        case RuleValueKind::Date:
            row->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 3, 15));
            expected = QStringLiteral("2026-03-15");
            break;
        case RuleValueKind::Alternatives:
            break;
        }
        const QJsonObject rules{{QLatin1String(info.name), expected}};
        QCOMPARE(b.dialog.rulesJson(), canonical(QJsonDocument(rules).toJson()));
        QVERIFY2(b.dialog.problems() == QStringList{QStringLiteral("Give the segment a name.")},
                 qPrintable(b.dialog.problems().join(QLatin1Char('|'))));
    }
}

namespace {

struct Client
{
    const char* name;
    const char* tier;
    const char* species;
    int daysSinceVisit; // -1: never visited
    bool whatsapp = true;
    bool petDeceased = false;
};

// Owners around the issue's example: dogs, VIP or professional, 90–180 days, with WhatsApp.
void addClients(Database& db)
{
    const Client clients[] = {
        {"vip-100", "vip", "dog", 100},
        {"pro-180", "professional", "dog", 180},
        {"pro-90", "professional", "dog", 90},
        {"regular-120", "regular", "dog", 120},
        {"vip-cat-120", "vip", "cat", 120},
        {"vip-dead-dog", "vip", "dog", 120, true, true},
        {"vip-30", "vip", "dog", 30},
        {"vip-200", "vip", "dog", 200},
        {"vip-no-whatsapp", "vip", "dog", 120, false},
        {"vip-never", "vip", "dog", -1},
    };
    for (const Client& c : clients) {
        Owner o;
        o.firstName = QString::fromLatin1(c.name);
        o.lastName = QStringLiteral("Canul");
        o.tier = QString::fromLatin1(c.tier);
        o.whatsappOptIn = c.whatsapp;
        QVERIFY(OwnerRepository(db).save(o).ok());
        Pet p;
        p.ownerId = o.id;
        p.name = QStringLiteral("Firulais");
        p.species = QString::fromLatin1(c.species);
        p.deceased = c.petDeceased;
        QVERIFY(ActivityRepository(db).save(p).ok());
        if (c.daysSinceVisit < 0)
            continue;
        Appointment a;
        a.ownerId = o.id;
        a.scheduledAt = test::localNoon(today.addDays(-c.daysSinceVisit));
        a.status = QStringLiteral("completed");
        QVERIFY(ActivityRepository(db).save(a).ok());
    }
    QVERIFY(MetricsRefresher(db).refreshAll(today).ok());
}

} // namespace

void TestSegmentBuilder::issueExampleBuiltWithTheWidgetsCountsItsOwners()
{
    test::TestDatabase db;
    addClients(*db);
    Builder b(db);
    QTest::keyClicks(b.dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("Perros VIP sin visita"));
    check(addRow(b.root(), RuleKey::Species), "dog");
    RuleConditionRow* tier = addRow(b.root(), RuleKey::Tier);
    check(tier, "vip");
    check(tier, "professional");
    typeInto(addRow(b.root(), RuleKey::DaysSinceVisitMin)->findChild<QSpinBox*>(),
             QStringLiteral("90"));
    typeInto(addRow(b.root(), RuleKey::DaysSinceVisitMax)->findChild<QSpinBox*>(),
             QStringLiteral("180"));
    addRow(b.root(), RuleKey::WhatsappOptIn); // "Yes" is the default

    const QByteArray issue(R"({"species":["dog"],"tier":["vip","professional"],)"
                           R"("days_since_visit_min":90,"days_since_visit_max":180,)"
                           R"("whatsapp_opt_in":true})");
    QCOMPARE(b.dialog.rulesJson(), canonical(issue));
    QCOMPARE(b.dialog.problems(), QStringList());
    QVERIFY(b.save()->isEnabled());
    QCOMPARE(countOf(*db, canonical(issue)), 3); // vip-100, pro-180, pro-90
    QTRY_COMPARE(b.dialog.liveMemberCount(), 3);
    QCOMPARE(b.dialog.previewModel()->rowCount(), 3);
    QVERIFY(b.dialog.findChild<QLabel*>(QStringLiteral("memberCountLabel"))
                ->text()
                .contains(QLatin1String("3")));
}

void TestSegmentBuilder::liveCountFollowsEveryChangeAndShowsTheFirstMembers()
{
    test::TestDatabase db;
    DemoOptions options;
    options.owners = 400;
    options.today = QDate(2026, 11, 24);
    QVERIFY(DemoDataGenerator(*db).generate(options).ok());
    Builder b(db);
    QTRY_COMPARE(b.dialog.liveMemberCount(), 400); // no rules: everyone
    QCOMPARE(b.dialog.previewModel()->rowCount(), 20);

    b.dialog.setSegment(named(R"({"tier":["vip"]})"));
    const int vip = countOf(*db, QStringLiteral(R"({"tier":["vip"]})"));
    QTRY_COMPARE(b.dialog.liveMemberCount(), vip);
    QCOMPARE(b.dialog.previewModel()->rowCount(), std::min(vip, 20));
    for (int row = 0; row < b.dialog.previewModel()->rowCount(); ++row)
        QCOMPARE(b.dialog.previewModel()->index(row, SegmentPreviewModel::Tier).data(Qt::UserRole),
                 QVariant(QStringLiteral("vip")));

    check(b.root()->rows().first(), "regular"); // a click, then the count catches up
    QCOMPARE(b.dialog.liveMemberCount(), -1);
    const int vipOrRegular = countOf(*db, QStringLiteral(R"({"tier":["vip","regular"]})"));
    QVERIFY(vipOrRegular > vip);
    QTRY_COMPARE(b.dialog.liveMemberCount(), vipOrRegular);

    // Many quick changes: only the last one is answered.
    RuleConditionRow* days = addRow(b.root(), RuleKey::DaysSinceVisitMax);
    auto* spin = days->findChild<QSpinBox*>();
    for (int d = 1; d <= 30; ++d)
        spin->setValue(d);
    const int recent =
        countOf(*db, QStringLiteral(R"({"tier":["vip","regular"],"days_since_visit_max":30})"));
    QTRY_COMPARE(b.dialog.liveMemberCount(), recent);
}

void TestSegmentBuilder::minAboveMaxDisablesSaveNamingTheField()
{
    test::TestDatabase db;
    Builder b(db);
    b.dialog.setSegment(named(R"({"lifetime_value_min":1000,"lifetime_value_max":5000})"));
    QVERIFY(b.save()->isEnabled());
    RuleConditionRow* min = b.root()->rows().at(0);
    typeInto(min->findChild<QDoubleSpinBox*>(), QStringLiteral("5000.01"));
    QVERIFY(!b.save()->isEnabled());
    QCOMPARE(b.dialog.problems().size(), 1);
    QVERIFY2(b.dialog.problems().first().startsWith(QLatin1String("Minimum lifetime value: ")),
             qPrintable(b.dialog.problems().first()));
    QVERIFY(shows(problemLabelOf(min)));
    QCOMPARE(problemLabelOf(min)->text(),
             QStringLiteral("5000.01 is greater than Maximum lifetime value 5000"));
    QVERIFY(!shows(problemLabelOf(b.root()->rows().at(1))));
    auto* summary = b.dialog.findChild<QLabel*>(QStringLiteral("validationLabel"));
    QVERIFY(shows(summary));
    QVERIFY(summary->text().contains(QLatin1String("Minimum lifetime value")));
    QCOMPARE(b.dialog.liveMemberCount(), -1);

    typeInto(min->findChild<QDoubleSpinBox*>(), QStringLiteral("5000"));
    QVERIFY(b.save()->isEnabled()); // equal bounds are inclusive, so valid
    QVERIFY(!shows(problemLabelOf(min)));
    QVERIFY(!shows(summary));
}

void TestSegmentBuilder::createdAfterMustBeBeforeCreatedBefore()
{
    SegmentBuilderDialog dialog(SegmentFormChoices{}, nullptr);
    dialog.setSegment(named(R"({"created_after":"2026-01-01","created_before":"2026-02-01"})"));
    QCOMPARE(dialog.problems(), QStringList());
    RuleConditionRow* after = dialog.rootGroup()->rows().at(0);
    after->findChild<QDateEdit*>()->setDate(QDate(2026, 2, 1));
    QCOMPARE(dialog.problems().size(), 1);
    QVERIFY(dialog.problems().first().startsWith(QLatin1String("Created from: ")));
    QVERIFY(!problemLabelOf(after)->text().isEmpty());
}

void TestSegmentBuilder::unfinishedRowsEmptyListsAndRepeatedFieldsBlockSaving()
{
    test::TestDatabase db;
    Builder b(db);
    b.dialog.setSegment(named("{}"));
    QVERIFY(b.save()->isEnabled());

    QTest::mouseClick(b.root()->addConditionButton(), Qt::LeftButton);
    RuleConditionRow* row = b.root()->rows().last();
    QVERIFY(!b.save()->isEnabled());
    QCOMPARE(problemLabelOf(row)->text(),
             QStringLiteral("Choose a field, or remove this condition."));

    row->setKey(RuleKey::Tier); // nothing checked yet
    QCOMPARE(problemLabelOf(row)->text(), QStringLiteral("Choose at least one value."));
    check(row, "vip");
    QVERIFY(b.save()->isEnabled());

    RuleConditionRow* again = addRow(b.root(), RuleKey::Tier);
    check(again, "new");
    QVERIFY(!b.save()->isEnabled());
    QVERIFY(problemLabelOf(again)->text().contains(QLatin1String("already used")));
    QTest::mouseClick(again->removeButton(), Qt::LeftButton);
    QVERIFY(b.save()->isEnabled());

    QTest::mouseClick(b.root()->addGroupButton(), Qt::LeftButton); // comes with a first row
    RuleGroupEditor* any = b.root()->groups().first();
    QVERIFY(!b.root()->addGroupButton()->isEnabled()); // one "any" per level
    QTest::mouseClick(any->rows().first()->removeButton(), Qt::LeftButton);
    QVERIFY(!b.save()->isEnabled());
    QVERIFY(shows(any->findChild<QLabel*>(QStringLiteral("groupProblemLabel"))));
    check(addRow(any, RuleKey::ChurnRisk), "high");
    QVERIFY(b.save()->isEnabled());
    QCOMPARE(b.dialog.rulesJson(),
             canonical(R"({"tier":["vip"],"any":[{"churn_risk":["high"]}]})"));
}

void TestSegmentBuilder::problemInANestedGroupShowsUnderItsRow()
{
    test::TestDatabase db;
    Builder b(db);
    b.dialog.setSegment(named(R"({"any":[{"tier":["vip"]},{"lifetime_value_min":10,)"
                              R"("lifetime_value_max":20}]})"));
    QVERIFY(b.save()->isEnabled());
    RuleGroupEditor* allOf = b.root()->groups().first()->groups().first();
    QCOMPARE(allOf->mode(), RuleGroupEditor::Mode::AllOf);
    RuleConditionRow* max = allOf->rows().at(1);
    QCOMPARE(max->key(), std::optional<RuleKey>(RuleKey::LifetimeValueMax));
    typeInto(max->findChild<QDoubleSpinBox*>(), QStringLiteral("5"));
    QVERIFY(!b.save()->isEnabled());
    // The engine reports it at any[1].lifetime_value_min: under that row, in that sub-group.
    QVERIFY(shows(problemLabelOf(allOf->rows().at(0))));
    QVERIFY(!shows(problemLabelOf(max)));
    QVERIFY(b.dialog.problems().first().startsWith(QLatin1String("Minimum lifetime value: ")));
}

void TestSegmentBuilder::nameIsRequiredAndSaveAsksTheReceiver()
{
    test::TestDatabase db;
    Builder b(db);
    QSignalSpy saveRequested(&b.dialog, &SegmentBuilderDialog::saveRequested);
    QVERIFY(!b.save()->isEnabled());
    QCOMPARE(b.dialog.problems(), QStringList{QStringLiteral("Give the segment a name.")});
    auto* name = b.dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QTest::keyClicks(name, QStringLiteral("  Todos  "));
    QVERIFY(b.save()->isEnabled());
    QTest::mouseClick(b.save(), Qt::LeftButton);
    QCOMPARE(saveRequested.size(), 1);
    const Segment s = b.dialog.segment();
    QCOMPARE(s.name, QStringLiteral("Todos"));
    QCOMPARE(s.rulesJson, QStringLiteral("{}"));
    QVERIFY(s.isActive);
    QVERIFY(b.dialog.isVisible()); // the receiver closes it once saved
}

void TestSegmentBuilder::unreadableSavedRulesBlockSavingUntilRebuilt()
{
    SegmentBuilderDialog dialog(SegmentFormChoices{}, nullptr);
    dialog.setSegment(named(R"({"tier":["gold"]})")); // edited outside the program
    QCOMPARE(dialog.problems().size(), 1);
    QVERIFY(dialog.problems().first().startsWith(QLatin1String("The saved rules cannot be read")));
    QVERIFY(dialog.problems().first().contains(QLatin1String("gold")));
    QVERIFY(dialog.rootGroup()->rows().isEmpty());
    dialog.rootGroup()->addCondition()->setCondition(RuleKey::Tier,
                                                     QJsonArray{QStringLiteral("vip")});
    QCOMPARE(dialog.problems(), QStringList());
    QCOMPARE(dialog.rulesJson(), QStringLiteral(R"({"tier":["vip"]})"));
}

void TestSegmentBuilder::viewJsonShowsTheRulesReadOnly()
{
    test::TestDatabase db;
    Builder b(db);
    b.dialog.setSegment(named(R"({"tier":["vip"],"any":[{"city":["Cancún"]}]})"));
    QTest::mouseClick(b.dialog.findChild<QPushButton*>(QStringLiteral("showJsonButton")),
                      Qt::LeftButton);
    auto* json = b.dialog.findChild<RulesJsonDialog*>();
    QVERIFY(json);
    QTRY_VERIFY(json->isVisible());
    QCOMPARE(QJsonDocument::fromJson(json->text().toUtf8()).toJson(QJsonDocument::Compact),
             canonical(R"({"tier":["vip"],"any":[{"city":["Cancún"]}]})").toUtf8());
    QVERIFY(json->text().contains(QLatin1Char('\n'))); // indented for reading
    auto* text = json->findChild<QPlainTextEdit*>(QStringLiteral("rulesJsonText"));
    QVERIFY(text->isReadOnly());
}

void TestSegmentBuilder::previewModelPassesTheItemModelTester()
{
    SegmentPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers({{1, QStringLiteral("Ana Canul"), QStringLiteral("+529981234567"),
                       QStringLiteral("vip"), 1'234'50},
                      {2, QStringLiteral("Luis Pech"), QString(), QStringLiteral("new"), 0}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SegmentPreviewModel::ColumnCount));
    QCOMPARE(model.index(0, SegmentPreviewModel::Phone).data().toString(),
             QStringLiteral("998 123 4567"));
    QCOMPARE(model.index(0, SegmentPreviewModel::Tier).data().toString(), QStringLiteral("VIP"));
    QCOMPARE(model.index(0, SegmentPreviewModel::LifetimeValue).data(Qt::UserRole).toLongLong(),
             qint64(1'234'50));
    QCOMPARE(model.ownerAt(model.index(1, 0)), qint64(2));
    model.setMembers({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestSegmentBuilder)
#include "TestSegmentBuilder.moc"
