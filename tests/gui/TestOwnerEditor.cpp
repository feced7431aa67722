#include "core/Money.h"
#include "gui/common/MessageBox.h"
#include "gui/owners/OwnerEditorDialog.h"
#include "gui/owners/OwnerEditorLauncher.h"
#include "gui/owners/OwnerEditorTables.h"
#include "gui/owners/TagChip.h"
#include "gui/owners/TagChipEditor.h"
#include "storage/ActivityRepository.h"
#include "storage/OwnerRepository.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace huellas;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

void triggerAction(QWidget& dialog, const char* name)
{
    dialog.findChild<QAction*>(QLatin1String(name))->trigger();
}

void showTab(QWidget& dialog, const char* tabName)
{
    auto* tabs = child<QTabWidget>(dialog, "tabs");
    tabs->setCurrentWidget(child<QWidget>(dialog, tabName));
}

QString currentTab(QWidget& dialog)
{
    return child<QTabWidget>(dialog, "tabs")->currentWidget()->objectName();
}

// QTest::keyClicks takes ASCII only; the desk types "María" and "Bióloga".
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

Owner storedOwner(Database& db, qint64 id)
{
    auto owner = OwnerRepository(db).find(id);
    if (!owner)
        qFatal("%s", qPrintable(owner.error()));
    return *owner;
}

// The cell editor a delegate opened in the table (editors live on the viewport).
template <typename T> T* cellEditor(QTableView* table, const char* name = nullptr)
{
    const auto editors = table->viewport()->findChildren<T*>();
    for (T* editor : editors)
        if (editor->isVisible() && (!name || editor->objectName() == QLatin1String(name)))
            return editor;
    qFatal("no open cell editor");
}

} // namespace

class TestOwnerEditor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newOwnerWithAnInvalidPhoneIsRefusedThenSavedAsE164();
    void invalidFieldsAreRefusedNamingTheValue_data();
    void invalidFieldsAreRefusedNamingTheValue();
    void closingWithEditsAsksAndCancelKeepsTheDialogOpen();
    void discardClosesWithoutSaving();
    void saveAnswerSavesAndCloses();
    void closingWithoutEditsDoesNotAsk();
    void undoChangesGoesBackToTheStoredValues();
    void contactButtonsAreDisabledWhenOptedOutOrWithoutNumber();
    void tagsAreAddedAndRemovedAsChips();
    void paidOrderAddedInPurchasesUpdatesLifetimeValue();
    void referrerIsChosenBySearchAndCannotBeTheOwnerThemself();
    void referralCycleIsRefusedWithTheStoragesMessage();
    void metricsShowTheEngagementBreakdown();
    void historyListsInteractionsNewestFirstReadOnly();
    void tableModelsPassTheItemModelTester();
    void logInteractionIsRequestedForTheOwner();
    void everyInputAndActionHasAnObjectName();
    void tabMovesTopDownThroughTheFields();
    void destroyingTheEditorWithACellEditorOpenIsSafe();

private:
    std::unique_ptr<OwnerEditorDialog> open(qint64 ownerId);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<OwnerEditorLauncher> m_launcher;
};

void TestOwnerEditor::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_launcher = std::make_unique<OwnerEditorLauncher>(m_db->get(), nullptr);
}

void TestOwnerEditor::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_launcher.reset();
    m_db.reset();
}

std::unique_ptr<OwnerEditorDialog> TestOwnerEditor::open(qint64 ownerId)
{
    auto dialog = m_launcher->createDialog(ownerId);
    if (!dialog)
        qFatal("the editor did not open");
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qFatal("the editor did not become active");
    return dialog;
}

void TestOwnerEditor::newOwnerWithAnInvalidPhoneIsRefusedThenSavedAsE164()
{
    auto dialog = open(0);
    typeText(child<QLineEdit>(*dialog, "firstNameEdit"), QStringLiteral("Ana María"));
    typeText(child<QLineEdit>(*dialog, "lastNameEdit"), QStringLiteral("Pérez"));
    showTab(*dialog, "contactTab");
    auto* phone = child<QLineEdit>(*dialog, "phoneEdit");
    typeText(phone, QStringLiteral("998 12"));
    showTab(*dialog, "personalTab");

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(MessageBox::lastText().contains(
                 QStringLiteral("Phone: \"998 12\" is not a valid phone number")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(*OwnerRepository(m_db->get()).count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(currentTab(*dialog), QStringLiteral("contactTab"));
    QCOMPARE(phone->text(), QStringLiteral("998 12"));
    QCOMPARE(child<QLineEdit>(*dialog, "firstNameEdit")->text(), QStringLiteral("Ana María"));

    replaceText(phone, QStringLiteral("998 123 4567"));
    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(*OwnerRepository(m_db->get()).count(), 1);
    QVERIFY(dialog->ownerId() > 0);
    QCOMPARE(storedOwner(m_db->get(), dialog->ownerId()).phone, QStringLiteral("+529981234567"));
    QCOMPARE(phone->text(), QStringLiteral("998 123 4567"));
    QVERIFY(child<QLabel>(*dialog, "headerLabel")
                ->text()
                .startsWith(QStringLiteral("Ana María Pérez · New")));
    QVERIFY(!dialog->isWindowModified());
    QVERIFY(dialog->hasSaved());
}

void TestOwnerEditor::invalidFieldsAreRefusedNamingTheValue_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QString>("message");
    QTest::newRow("email") << "emailEdit"
                           << "ana@"
                           << "contactTab"
                           << "Email: \"ana@\" is not an email address";
    QTest::newRow("postal code") << "postalCodeEdit"
                                 << "7758"
                                 << "addressTab"
                                 << "Postal code: \"7758\"";
    QTest::newRow("secondary phone") << "phoneSecondaryEdit"
                                     << "12"
                                     << "contactTab"
                                     << "Secondary phone: \"12\"";
    QTest::newRow("not a date") << "birthDateEdit"
                                << "31/02/1990"
                                << "personalTab"
                                << "\"31/02/1990\" is not a date";
    const QString tomorrow = QDate::currentDate().addDays(2).toString(QStringLiteral("dd/MM/yyyy"));
    QTest::newRow("future birth") << "birthDateEdit" << tomorrow << "personalTab"
                                  << tomorrow + " is in the future";
    QTest::newRow("no name") << "genderEdit"
                             << "F"
                             << "personalTab"
                             << "Name: an owner needs a first or last name";
}

void TestOwnerEditor::invalidFieldsAreRefusedNamingTheValue()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, tab);
    QFETCH(QString, message);
    auto dialog = open(0);
    if (field != QLatin1String("genderEdit"))
        typeText(child<QLineEdit>(*dialog, "firstNameEdit"), QStringLiteral("Ana"));
    showTab(*dialog, qPrintable(tab));
    typeText(child<QLineEdit>(*dialog, qPrintable(field)), typed);
    showTab(*dialog, "notesTab");

    MessageBox::setNextAnswer(QMessageBox::Ok);
    triggerAction(*dialog, "actionSave");
    QVERIFY2(MessageBox::lastText().contains(message), qPrintable(MessageBox::lastText()));
    QCOMPARE(*OwnerRepository(m_db->get()).count(), 0);
    QCOMPARE(currentTab(*dialog), tab);
    QVERIFY(dialog->isVisible());
}

void TestOwnerEditor::closingWithEditsAsksAndCancelKeepsTheDialogOpen()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    auto dialog = open(ana);
    auto* occupation = child<QLineEdit>(*dialog, "occupationEdit");
    typeText(occupation, QStringLiteral("Bióloga"));
    QVERIFY(dialog->isWindowModified());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("unsaved changes")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(occupation->text(), QStringLiteral("Bióloga"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!dialog->close()); // the window's close button asks the same
    QVERIFY(dialog->isVisible());
}

void TestOwnerEditor::discardClosesWithoutSaving()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    auto dialog = open(ana);
    typeText(child<QLineEdit>(*dialog, "occupationEdit"), QStringLiteral("Bióloga"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(storedOwner(m_db->get(), ana).occupation.isEmpty());
}

void TestOwnerEditor::saveAnswerSavesAndCloses()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    auto dialog = open(ana);
    typeText(child<QLineEdit>(*dialog, "occupationEdit"), QStringLiteral("Bióloga"));
    QSignalSpy saved(dialog.get(), &OwnerEditorDialog::saved);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(storedOwner(m_db->get(), ana).occupation, QStringLiteral("Bióloga"));
}

void TestOwnerEditor::closingWithoutEditsDoesNotAsk()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    auto dialog = open(ana);
    MessageBox::setNextAnswer(QMessageBox::Cancel); // would keep it open if a question came
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestOwnerEditor::undoChangesGoesBackToTheStoredValues()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    auto dialog = open(ana);
    auto* revert = dialog->findChild<QAction*>(QStringLiteral("actionRevertChanges"));
    QVERIFY(!revert->isEnabled());
    auto* first = child<QLineEdit>(*dialog, "firstNameEdit");
    replaceText(first, QStringLiteral("Anita"));
    showTab(*dialog, "tagsTab");
    child<TagChipEditor>(*dialog, "tagEditor")->addTag(QStringLiteral("premium"));
    QVERIFY(revert->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    revert->trigger();
    QCOMPARE(first->text(), QStringLiteral("Ana"));
    QVERIFY(dialog->findChildren<TagChip*>().isEmpty());
    QVERIFY(!dialog->isModified());
    QCOMPARE(currentTab(*dialog), QStringLiteral("tagsTab"));
}

void TestOwnerEditor::contactButtonsAreDisabledWhenOptedOutOrWithoutNumber()
{
    Owner ana;
    ana.firstName = QStringLiteral("Ana");
    ana.phone = QStringLiteral("+529981234567");
    ana.email = QStringLiteral("ana@example.com");
    ana.whatsappOptIn = false;
    ana.emailOptIn = false;
    QVERIFY(OwnerRepository(m_db->get()).save(ana).ok());
    auto dialog = open(ana.id);
    auto* whatsapp = child<QToolButton>(*dialog, "whatsappButton");
    auto* call = child<QToolButton>(*dialog, "callButton");
    auto* email = child<QToolButton>(*dialog, "emailButton");
    QVERIFY(!whatsapp->isEnabled());
    QVERIFY(!email->isEnabled());
    QVERIFY(call->isEnabled());
    QCOMPARE(dialog->contactLinks().call, QUrl(QStringLiteral("tel:+529981234567")));

    showTab(*dialog, "preferencesTab");
    for (const char* name : {"whatsappOptInCheck", "emailOptInCheck"}) {
        auto* check = child<QCheckBox>(*dialog, name); // click the box, not the empty row beside it
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QVERIFY(check->isChecked());
    }
    QVERIFY(whatsapp->isEnabled());
    QVERIFY(email->isEnabled());
    QCOMPARE(dialog->contactLinks().whatsapp, QUrl(QStringLiteral("https://wa.me/529981234567")));
    QCOMPARE(dialog->contactLinks().email, QUrl(QStringLiteral("mailto:ana@example.com")));

    showTab(*dialog, "contactTab");
    child<QLineEdit>(*dialog, "phoneEdit")->clear();
    QVERIFY(!call->isEnabled());
    QVERIFY(!whatsapp->isEnabled()); // no WhatsApp number of its own either
    typeText(child<QLineEdit>(*dialog, "whatsappEdit"), QStringLiteral("998 765 4321"));
    QCOMPARE(dialog->contactLinks().whatsapp, QUrl(QStringLiteral("https://wa.me/529987654321")));
}

void TestOwnerEditor::tagsAreAddedAndRemovedAsChips()
{
    Owner luis;
    luis.firstName = QStringLiteral("Luis");
    luis.tags = {QStringLiteral("dog-owner")};
    QVERIFY(OwnerRepository(m_db->get()).save(luis).ok());
    Owner ana;
    ana.firstName = QStringLiteral("Ana");
    ana.tags = {QStringLiteral("premium")};
    QVERIFY(OwnerRepository(m_db->get()).save(ana).ok());
    auto dialog = open(ana.id);
    showTab(*dialog, "tagsTab");
    QCOMPARE(dialog->findChildren<TagChip*>().size(), 1);

    auto* input = child<QLineEdit>(*dialog, "tagInput");
    QCOMPARE(input->completer()->model()->rowCount(), 2); // dog-owner and premium, already in use
    typeText(input, QStringLiteral("vacunas-al-dia"));
    QTest::keyClick(input, Qt::Key_Return);
    typeText(input, QStringLiteral("VACUNAS-AL-DIA")); // the same tag again
    QTest::mouseClick(child<QPushButton>(*dialog, "addTagButton"), Qt::LeftButton);
    QCOMPARE(dialog->findChildren<TagChip*>().size(), 2);
    QVERIFY(input->text().isEmpty());

    TagChip* premium = nullptr;
    for (TagChip* chip : dialog->findChildren<TagChip*>())
        if (chip->tag() == QLatin1String("premium"))
            premium = chip;
    QVERIFY(premium);
    QTest::mouseClick(premium->removeButton(), Qt::LeftButton);
    QCOMPARE(dialog->findChildren<TagChip*>().size(), 1);
    QCOMPARE(dialog->findChildren<TagChip*>().first()->tag(), QStringLiteral("vacunas-al-dia"));

    triggerAction(*dialog, "actionSave");
    QCOMPARE(storedOwner(m_db->get(), ana.id).tags, QStringList{QStringLiteral("vacunas-al-dia")});
}

void TestOwnerEditor::paidOrderAddedInPurchasesUpdatesLifetimeValue()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    auto dialog = open(ana);
    showTab(*dialog, "ordersTab");
    auto* table = child<QTableView>(*dialog, "ordersTable");
    QTest::mouseClick(child<QPushButton>(*dialog, "addOrderButton"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 1);

    auto* number = cellEditor<QLineEdit>(table); // the new row opens on its number
    typeText(number, QStringLiteral("A-100"));
    QTest::keyClick(number, Qt::Key_Return); // the delegate commits on the next event loop turn
    QTRY_COMPARE(table->model()->index(0, OwnerEditorTableColumns::OrderNumber).data().toString(),
                 QStringLiteral("A-100"));
    const QModelIndex total = table->model()->index(0, OwnerEditorTableColumns::OrderTotal);
    table->setCurrentIndex(total);
    table->edit(total);
    auto* pesos = cellEditor<QLineEdit>(table, "moneyEditor");
    typeText(pesos, QStringLiteral("1,250.50"));
    QTest::keyClick(pesos, Qt::Key_Return);
    QTRY_COMPARE(total.data(Qt::EditRole).toLongLong(), qint64(1'250'50));
    const QModelIndex status =
        table->model()->index(0, OwnerEditorTableColumns::OrderPaymentStatus);
    table->setCurrentIndex(status);
    table->edit(status);
    auto* combo = cellEditor<QComboBox>(table, "choiceEditor");
    combo->setCurrentIndex(combo->findData(QStringLiteral("paid")));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(status.data().toString(), QStringLiteral("Paid"));
    QCOMPARE(total.data().toString(), Money::format(1'250'50));

    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(storedOwner(m_db->get(), ana).metrics.lifetimeValue, qint64(1'250'50));
    QVERIFY2(child<QLabel>(*dialog, "spendingLabel")
                 ->text()
                 .contains(QStringLiteral("Lifetime value ") + Money::format(1'250'50)),
             qPrintable(child<QLabel>(*dialog, "spendingLabel")->text()));
    QCOMPARE(currentTab(*dialog), QStringLiteral("ordersTab"));
}

void TestOwnerEditor::referrerIsChosenBySearchAndCannotBeTheOwnerThemself()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    const qint64 luis = test::addOwner(m_db->get(), QStringLiteral("Luis"));
    const QString luisEntry =
        QStringLiteral("Luis Prueba (%1)").arg(storedOwner(m_db->get(), luis).externalId);
    auto dialog = open(ana);
    showTab(*dialog, "originTab");
    auto* referrer = child<QLineEdit>(*dialog, "referrerEdit");
    auto* completions = qobject_cast<QStringListModel*>(referrer->completer()->model());
    QVERIFY(completions);
    QCOMPARE(completions->stringList(), QStringList{luisEntry}); // Ana is not offered to herself

    typeText(referrer, QStringLiteral("Ana Prueba"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    triggerAction(*dialog, "actionSave");
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cannot be their own referrer")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(storedOwner(m_db->get(), ana).referredBy, qint64(0));

    referrer->clear();
    typeText(referrer, QStringLiteral("luis"));
    QAbstractItemView* popup = referrer->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(referrer->text(), luisEntry);
    triggerAction(*dialog, "actionSave");
    QCOMPARE(storedOwner(m_db->get(), ana).referredBy, luis);
    QVERIFY(child<QLabel>(*dialog, "referralsLabel")
                ->text()
                .contains(QStringLiteral("Referred by: Luis Prueba")));
}

void TestOwnerEditor::referralCycleIsRefusedWithTheStoragesMessage()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    test::addOwner(m_db->get(), QStringLiteral("Luis"), ana);
    auto dialog = open(ana);
    showTab(*dialog, "originTab");
    typeText(child<QLineEdit>(*dialog, "referrerEdit"), QStringLiteral("Luis Prueba"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    triggerAction(*dialog, "actionSave");
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cycle")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(storedOwner(m_db->get(), ana).referredBy, qint64(0));
    QVERIFY(dialog->isModified()); // what was typed is still there
    QVERIFY(child<QLabel>(*dialog, "referralsLabel")
                ->text()
                .startsWith(QStringLiteral("Referred 1 owner(s)")));
}

void TestOwnerEditor::metricsShowTheEngagementBreakdown()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    ActivityRepository activity(m_db->get());
    Order order;
    order.ownerId = ana;
    order.total = 14'250'00;
    order.paymentStatus = QStringLiteral("paid");
    order.orderedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(activity.save(order).ok());
    for (const char* type : {"visit", "call_in", "whatsapp"}) {
        Interaction i;
        i.ownerId = ana;
        i.interactionType = QString::fromLatin1(type);
        QVERIFY(activity.save(i).ok());
    }
    auto dialog = open(ana);
    QCOMPARE(
        child<QLabel>(*dialog, "engagementLabel")->text(),
        QStringLiteral("Engagement 56 = visits 3 + recency 30 + spending 20 + interactions 3"));
    const QString spending = child<QLabel>(*dialog, "spendingLabel")->text();
    QVERIFY2(spending.startsWith(
                 QStringLiteral("Lifetime value %1 · Average order %1 · 1 visit(s) · first ")
                     .arg(Money::format(14'250'00))),
             qPrintable(spending));
    QVERIFY(child<QLabel>(*dialog, "headerLabel")->text().contains(QStringLiteral("Low risk")));
}

void TestOwnerEditor::historyListsInteractionsNewestFirstReadOnly()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    for (const int day : {3, 9, 6}) {
        Interaction i;
        i.ownerId = ana;
        i.subject = QStringLiteral("Day %1").arg(day);
        i.createdAt = test::localNoon(QDate(2026, 1, day));
        QVERIFY(ActivityRepository(m_db->get()).save(i).ok());
    }
    auto dialog = open(ana);
    auto* history = child<QTableView>(*dialog, "historyTable");
    QCOMPARE(history->model()->rowCount(), 3);
    const QModelIndex subject = history->model()->index(0, OwnerEditorTableColumns::HistorySubject);
    QCOMPARE(subject.data().toString(), QStringLiteral("Day 9"));
    QCOMPARE(
        history->model()->index(0, OwnerEditorTableColumns::HistoryCreatedAt).data().toString(),
        QStringLiteral("09/01/2026 12:00"));
    QVERIFY(!(subject.flags() & Qt::ItemIsEditable));
}

void TestOwnerEditor::tableModelsPassTheItemModelTester()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    auto dialog = open(ana);
    OwnerEditorTables* tables = dialog->tables();
    const QList<QAbstractItemModel*> models{tables->pets(), tables->appointments(),
                                            tables->orders(), tables->invoices(),
                                            tables->history()};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel* model : models)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    const std::pair<const char*, const char*> addButtons[] = {
        {"petsTab", "addPetButton"},
        {"appointmentsTab", "addAppointmentButton"},
        {"ordersTab", "addOrderButton"},
        {"invoicesTab", "addInvoiceButton"}};
    for (const auto& [tab, button] : addButtons) {
        showTab(*dialog, tab);
        QTest::mouseClick(child<QPushButton>(*dialog, button), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(*dialog, button), Qt::LeftButton);
        QVERIFY2(dialog->isModified(), tab);
    }
    QCOMPARE(tables->pets()->rowCount(), 2);
    QVERIFY(tables->pets()->removeRows(0, 2));
    QVERIFY(tables->appointments()->removeRows(1, 1));
    QCOMPARE(tables->appointments()->rowCount(), 1);
}

void TestOwnerEditor::logInteractionIsRequestedForTheOwner()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    QSignalSpy requested(m_launcher.get(), &OwnerEditorLauncher::logInteractionRequested);
    connect(m_launcher.get(), &OwnerEditorLauncher::logInteractionRequested, this,
            [this](qint64 id) {
                Interaction i; // what the interaction dialog would store
                i.ownerId = id;
                i.subject = QStringLiteral("Recordatorio de vacuna");
                QVERIFY(ActivityRepository(m_db->get()).save(i).ok());
            });
    auto dialog = open(ana);
    QCOMPARE(m_launcher->openEditor(), dialog.get());
    QTest::keyClick(dialog.get(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), ana);
    QCOMPARE(child<QTableView>(*dialog, "historyTable")->model()->rowCount(), 1);
    QVERIFY(child<QLabel>(*dialog, "engagementLabel")
                ->text()
                .endsWith(QStringLiteral("interactions 1")));

    auto fresh = open(0);
    QVERIFY(!fresh->findChild<QAction*>(QStringLiteral("actionLogInteraction"))->isEnabled());
}

void TestOwnerEditor::everyInputAndActionHasAnObjectName()
{
    auto dialog = open(0);
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        const bool input =
            qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
            qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractButton*>(widget) ||
            qobject_cast<QAbstractItemView*>(widget);
        QWidget* parent = widget->parentWidget();
        // Parts Qt builds inside its own widgets (tab scroll arrows, a line edit's clear button).
        const bool qtInternal =
            qobject_cast<QTabBar*>(parent) || qobject_cast<QLineEdit*>(parent) ||
            qobject_cast<QAbstractItemView*>(parent) || qobject_cast<QComboBox*>(parent) ||
            (parent && qobject_cast<QAbstractItemView*>(parent->parentWidget()));
        if (input && !qtInternal)
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
    }
    for (QAction* action : dialog->actions())
        QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
}

void TestOwnerEditor::tabMovesTopDownThroughTheFields()
{
    auto dialog = open(0);
    const QList<QStringList> tabs{
        {"personalTab", "firstNameEdit", "lastNameEdit", "birthDateEdit", "genderEdit",
         "occupationEdit"},
        {"contactTab", "phoneEdit", "phoneSecondaryEdit", "whatsappEdit", "emailEdit",
         "contactTimeCombo", "languageCombo"},
        {"preferencesTab", "tierCombo", "emailOptInCheck", "smsOptInCheck", "whatsappOptInCheck"},
        {"notesTab", "notesEdit", "internalNotesEdit"},
    };
    for (const QStringList& fields : tabs) {
        showTab(*dialog, qPrintable(fields.first()));
        child<QWidget>(*dialog, qPrintable(fields.at(1)))->setFocus();
        for (qsizetype i = 2; i < fields.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), fields.at(i));
        }
    }
}

void TestOwnerEditor::destroyingTheEditorWithACellEditorOpenIsSafe()
{
    const qint64 ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
    auto dialog = open(ana);
    showTab(*dialog, "petsTab");
    QTest::mouseClick(child<QPushButton>(*dialog, "addPetButton"), Qt::LeftButton);
    auto* name = cellEditor<QLineEdit>(child<QTableView>(*dialog, "petsTable"));
    typeText(name, QStringLiteral("Firulais"));
    QTest::keyClick(name, Qt::Key_Return); // leaves a queued commit behind
    dialog.reset();
    QCoreApplication::processEvents();
}

QTEST_MAIN(TestOwnerEditor)
#include "TestOwnerEditor.moc"
