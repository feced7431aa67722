#include "core/rules/RuleParser.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/segments/ChoiceChecklistEditor.h"
#include "gui/segments/RuleConditionRow.h"
#include "gui/segments/RuleGroupEditor.h"
#include "gui/segments/SegmentBuilderDialog.h"
#include "gui/segments/SegmentListModel.h"
#include "gui/segments/SegmentsView.h"
#include "storage/DemoDataGenerator.h"
#include "storage/OwnerListQuery.h"
#include "storage/OwnerRepository.h"
#include "storage/segments/SegmentQuery.h"
#include "storage/segments/SegmentRepository.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace huellas;

namespace {

void fillWithDemoOwners(Database& db, int owners = 250)
{
    DemoOptions options;
    options.owners = owners;
    options.seed = 3;
    options.today = QDate(2026, 11, 24);
    if (auto r = DemoDataGenerator(db).generate(options); !r)
        qFatal("demo data: %s", qPrintable(r.error()));
}

int countOf(Database& db, const char* json)
{
    auto rules = SegmentRules::parse(QByteArray(json));
    auto n = rules ? SegmentQuery::count(db, *rules) : failure<int>(rules.error());
    if (!n)
        qFatal("cannot count: %s", qPrintable(n.error()));
    return *n;
}

Segment saved(Database& db, const QString& name, const char* json)
{
    Segment s;
    s.name = name;
    s.rulesJson = QString::fromUtf8(json);
    if (auto r = SegmentRepository(db).save(s); !r)
        qFatal("cannot save the segment: %s", qPrintable(r.error()));
    return s;
}

void trigger(QWidget& view, const char* action)
{
    auto* a = view.findChild<QAction*>(QLatin1String(action));
    if (!a)
        qFatal("no action %s", action);
    a->trigger();
}

struct ShownView
{
    explicit ShownView(Database& db) : view(db)
    {
        view.resize(900, 500);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            qFatal("the view was not shown");
    }
    QTableView* table() { return view.table(); }
    QString cell(int row, int column) { return view.model()->index(row, column).data().toString(); }
    SegmentsView view;
};

QStringList linesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestSegmentsView final : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesTheItemModelTester();
    void segmentBuiltInTheBuilderIsListedWithItsCount();
    void enterOpensTheSegmentInTheBuilder();
    void deleteAsksFirstAndRemovesOnYes();
    void duplicateAddsACopy();
    void updateCountsRecountsEverySegment();
    void showMembersEmitsAFilterSelectingTheSameOwners();
    void exportMembersWritesCsvOrExcel();
    void campaignExportKeepsOnlyReachableMembers();
};

void TestSegmentsView::modelPassesTheItemModelTester()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    saved(*db, QStringLiteral("Todos"), "{}");
    saved(*db, QStringLiteral("Ávila"), R"({"tier":["vip"]})");
    SegmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSegments(*SegmentRepository(*db).list());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SegmentListModel::ColumnCount));
    QCOMPARE(model.index(0, SegmentListModel::Name).data().toString(), QStringLiteral("Ávila"));
    QCOMPARE(model.index(1, SegmentListModel::Members).data(Qt::UserRole).toInt(), 1);
    const QRegularExpression stamp(QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$"));
    QVERIFY(stamp.match(model.index(0, SegmentListModel::CountedAt).data().toString()).hasMatch());
    QCOMPARE(model.index(0, SegmentListModel::Active).data().toString(), QStringLiteral("Yes"));
    const qint64 id = model.index(1, 0).data(SegmentListModel::SegmentIdRole).toLongLong();
    QCOMPARE(model.indexOf(id).row(), 1);
    QCOMPARE(model.segmentAt(model.index(1, 0))->name, QStringLiteral("Todos"));
    model.setSegments({});
    QCOMPARE(model.rowCount(), 0);
}

void TestSegmentsView::segmentBuiltInTheBuilderIsListedWithItsCount()
{
    test::TestDatabase db;
    fillWithDemoOwners(*db);
    ShownView v(*db);
    QCOMPARE(v.view.model()->rowCount(), 0);
    trigger(v.view, "actionNewSegment");
    SegmentBuilderDialog* builder = v.view.builder();
    QVERIFY(builder);
    QTRY_VERIFY(builder->isVisible());
    QTest::keyClicks(builder->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("Clientes VIP"));
    RuleGroupEditor* root = builder->rootGroup();
    QTest::mouseClick(root->addConditionButton(), Qt::LeftButton);
    RuleConditionRow* row = root->rows().first();
    row->fieldCombo()->setCurrentIndex(row->fieldCombo()->findData(int(RuleKey::Tier)));
    QCoreApplication::processEvents();
    auto* vip =
        qobject_cast<ChoiceChecklistEditor*>(row->editor())->checkBoxFor(QStringLiteral("vip"));
    QTest::mouseClick(vip, Qt::LeftButton);
    const int expected = countOf(*db, R"({"tier":["vip"]})");
    QTRY_COMPARE(builder->liveMemberCount(), expected);
    QTest::mouseClick(builder->findChild<QPushButton*>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!v.view.builder()); // closed and gone once saved

    QCOMPARE(v.view.model()->rowCount(), 1);
    QCOMPARE(v.cell(0, SegmentListModel::Name), QStringLiteral("Clientes VIP"));
    QCOMPARE(v.view.model()->index(0, SegmentListModel::Members).data(Qt::UserRole).toInt(),
             expected);
    QCOMPARE(v.view.currentSegment()->rulesJson, QStringLiteral(R"({"tier":["vip"]})"));
}

void TestSegmentsView::enterOpensTheSegmentInTheBuilder()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    saved(*db, QStringLiteral("Perros"),
          R"({"species":["dog"],"any":[{"tier":["vip"]},{"visits_min":3}]})");
    ShownView v(*db);
    v.table()->setFocus();
    v.table()->setCurrentIndex(v.view.model()->index(0, 0));
    QTest::keyClick(v.table(), Qt::Key_Return);
    QVERIFY(v.view.builder());
    QCOMPARE(v.view.builder()->segment().name, QStringLiteral("Perros"));
    QCOMPARE(v.view.builder()->rulesJson(), v.view.currentSegment()->rulesJson);
    v.view.builder()->reject();
    QTRY_VERIFY(!v.view.builder());

    const QPoint cell = v.table()->visualRect(v.view.model()->index(0, 0)).center();
    QTest::mouseClick(v.table()->viewport(), Qt::LeftButton, {}, cell); // a real double-click's
    QVERIFY(!v.view.builder());                                         // first press
    QTest::mouseDClick(v.table()->viewport(), Qt::LeftButton, {}, cell);
    QVERIFY(v.view.builder());
    v.view.builder()->reject();
}

void TestSegmentsView::deleteAsksFirstAndRemovesOnYes()
{
    test::TestDatabase db;
    saved(*db, QStringLiteral("Gatos"), R"({"species":["cat"]})");
    ShownView v(*db);
    QSignalSpy changed(&v.view, &SegmentsView::segmentsChanged);
    MessageBox::setNextAnswer(QMessageBox::No);
    trigger(v.view, "actionDeleteSegment");
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Gatos")));
    QCOMPARE(v.view.model()->rowCount(), 1);
    QCOMPARE(changed.size(), 0);

    v.table()->setFocus();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(v.table(), Qt::Key_Delete);
    QCOMPARE(v.view.model()->rowCount(), 0);
    QCOMPARE(SegmentRepository(*db).list()->size(), 0);
    QCOMPARE(changed.size(), 1);
}

void TestSegmentsView::duplicateAddsACopy()
{
    test::TestDatabase db;
    saved(*db, QStringLiteral("Gatos"), R"({"species":["cat"]})");
    ShownView v(*db);
    trigger(v.view, "actionDuplicateSegment");
    QCOMPARE(v.view.model()->rowCount(), 2);
    QCOMPARE(v.view.currentSegment()->name, QStringLiteral("Gatos (copy)"));
    QCOMPARE(v.view.currentSegment()->rulesJson, QStringLiteral(R"({"species":["cat"]})"));
}

void TestSegmentsView::updateCountsRecountsEverySegment()
{
    test::TestDatabase db;
    test::addOwner(*db, QStringLiteral("Ana"));
    saved(*db, QStringLiteral("Todos"), "{}");
    saved(*db, QStringLiteral("Nuevos"), R"({"tier":["new"]})");
    ShownView v(*db);
    QCOMPARE(v.cell(0, SegmentListModel::Members), QStringLiteral("1"));
    for (int i = 0; i < 4; ++i)
        test::addOwner(*db, QStringLiteral("Luis%1").arg(i));
    QCOMPARE(v.cell(0, SegmentListModel::Members), QStringLiteral("1")); // cached until recounted
    trigger(v.view, "actionUpdateSegmentCounts");
    QCOMPARE(v.cell(0, SegmentListModel::Members), QStringLiteral("5"));
    QCOMPARE(v.cell(1, SegmentListModel::Members), QStringLiteral("5"));
    QVERIFY(v.view.findChild<QLabel*>(QStringLiteral("segmentsStatusLabel"))
                ->text()
                .contains(QLatin1String("2")));
}

void TestSegmentsView::showMembersEmitsAFilterSelectingTheSameOwners()
{
    test::TestDatabase db;
    fillWithDemoOwners(*db);
    const Segment lapsed = saved(*db, QStringLiteral("Perros sin visita"),
                                 R"({"species":["dog"],"days_since_visit_min":90})");
    QVERIFY(lapsed.memberCount > 0);
    ShownView v(*db);
    QSignalSpy shown(&v.view, &SegmentsView::showMembers);
    trigger(v.view, "actionShowSegmentMembers");
    QCOMPARE(shown.size(), 1);
    const auto filter = shown.first().at(0).value<OwnerFilter>();
    QVERIFY(shown.first().at(1).toString().contains(QLatin1String("Perros sin visita")));
    QCOMPARE(*OwnerListQuery::count(*db, filter), lapsed.memberCount);
    // As the owners list uses it: combined with the desk's own filters.
    OwnerListCriteria criteria;
    criteria.restriction = filter;
    QCOMPARE(*OwnerListQuery::count(*db, *OwnerListQuery::filterFor(*db, criteria)), lapsed.memberCount);
}

void TestSegmentsView::exportMembersWritesCsvOrExcel()
{
    test::TestDatabase db;
    fillWithDemoOwners(*db, 60);
    const Segment vip = saved(*db, QStringLiteral("VIP"), R"({"tier":["vip"]})");
    ShownView v(*db);
    const QString csv = QDir(db.folder()).filePath(QStringLiteral("vip.csv"));
    FileDialog::setNextFileName(csv);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    trigger(v.view, "actionExportSegmentMembers");
    QCOMPARE(linesOf(csv).size(), vip.memberCount + 1);
    QVERIFY(MessageBox::lastText().contains(QString::number(vip.memberCount)));

    const QString xlsx = QDir(db.folder()).filePath(QStringLiteral("vip.xlsx"));
    FileDialog::setNextFileName(xlsx);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    trigger(v.view, "actionExportSegmentMembers");
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(2), QByteArray("PK")); // a zip, as every .xlsx

    FileDialog::setNextFileName(QString()); // cancelled: nothing happens
    trigger(v.view, "actionExportSegmentMembers");
}

void TestSegmentsView::campaignExportKeepsOnlyReachableMembers()
{
    test::TestDatabase db;
    for (int i = 0; i < 3; ++i) {
        Owner o;
        o.firstName = QStringLiteral("Cliente%1").arg(i);
        o.tier = QStringLiteral("vip");
        o.whatsappOptIn = i != 2;
        o.phone = i == 1 ? QStringLiteral("998 765 4321") : QString();
        o.whatsapp = i == 0 ? QStringLiteral("+529981234567") : QString();
        QVERIFY(OwnerRepository(*db).save(o).ok());
    }
    saved(*db, QStringLiteral("VIP"), R"({"tier":["vip"]})");
    ShownView v(*db);
    const QString path = QDir(db.folder()).filePath(QStringLiteral("whatsapp.csv"));
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    trigger(v.view, "actionCampaignWhatsapp");
    const QStringList lines = linesOf(path);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).endsWith(
        QLatin1String("external_id,first_name,last_name,contact,preferred_language")));
    QVERIFY(lines.at(1).contains(QLatin1String(",+529981234567,")));
    QVERIFY(lines.at(2).contains(QLatin1String(",+529987654321,")));
    QVERIFY(MessageBox::lastText().startsWith(QLatin1String("2 of the segment's 3 members")));
}

QTEST_MAIN(TestSegmentsView)
#include "TestSegmentsView.moc"
