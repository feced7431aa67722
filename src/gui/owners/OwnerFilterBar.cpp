#include "OwnerFilterBar.h"

#include "core/Choices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace huellas {
namespace {

void addChoices(QComboBox* combo, ChoiceList list)
{
    for (const QString& key : choiceKeys(list))
        combo->addItem(choiceLabel(list, key), key);
}

// Opt-in filter entries: which channel, and whether the owner accepted it.
enum OptIn { AnyOptIn, WhatsAppYes, SmsYes, EmailYes, WhatsAppNo };

} // namespace

OwnerFilterBar::OwnerFilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("ownerSearchEdit"));
    m_search->setPlaceholderText(tr("Name, phone in any format, email or tag"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_tier = addCombo("tierFilter", tr("All"));
    addChoices(m_tier, ChoiceList::Tier);
    m_churn = addCombo("churnFilter", tr("All"));
    addChoices(m_churn, ChoiceList::ChurnRisk);
    m_source = addCombo("sourceFilter", tr("All"));
    addChoices(m_source, ChoiceList::AcquisitionSource);
    m_city = addCombo("cityFilter", tr("All"));
    m_neighborhood = addCombo("neighborhoodFilter", tr("All"));
    m_optIn = addCombo("optInFilter", tr("Any"));
    m_optIn->addItem(tr("Accepts WhatsApp"), WhatsAppYes);
    m_optIn->addItem(tr("Accepts SMS"), SmsYes);
    m_optIn->addItem(tr("Accepts email"), EmailYes);
    m_optIn->addItem(tr("No WhatsApp"), WhatsAppNo);
    m_followUp = new QCheckBox(tr("With pending follow-up"), this);
    m_followUp->setObjectName(QStringLiteral("followUpFilter"));

    auto* searchLabel = new QLabel(tr("&Search (Ctrl+F):"), this);
    searchLabel->setBuddy(m_search);
    // Three short rows rather than one long one: the list and the follow-ups panel must both
    // fit a 1280-pixel laptop screen.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(searchLabel, 0, 0);
    layout->addWidget(m_search, 0, 1, 1, 8);
    const auto place = [&](int row, int column, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label, row, column, Qt::AlignRight);
        layout->addWidget(field, row, column + 1);
    };
    place(1, 0, tr("Tier"), m_tier);
    place(1, 2, tr("Risk"), m_churn);
    place(1, 4, tr("Source"), m_source);
    place(1, 6, tr("Opt-in"), m_optIn);
    place(2, 0, tr("City"), m_city);
    place(2, 2, tr("Neighborhood"), m_neighborhood);
    layout->addWidget(m_followUp, 2, 4, 1, 3);
    layout->setColumnStretch(8, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &OwnerFilterBar::criteriaChanged);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_tier, m_churn, m_source, m_city, m_neighborhood, m_optIn})
        connect(combo, &QComboBox::currentIndexChanged, this, &OwnerFilterBar::criteriaChanged);
    connect(m_followUp, &QCheckBox::toggled, this, &OwnerFilterBar::criteriaChanged);
}

QComboBox* OwnerFilterBar::addCombo(const char* objectName, const QString& allText)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(objectName));
    combo->addItem(allText, QString());
    // Long neighbourhood names must not push the window wider than a laptop screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(9);
    return combo;
}

void OwnerFilterBar::fillPlaceCombo(QComboBox* combo, const QStringList& values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString& value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void OwnerFilterBar::setPlaces(const QStringList& cities, const QStringList& neighborhoods)
{
    fillPlaceCombo(m_city, cities);
    fillPlaceCombo(m_neighborhood, neighborhoods);
}

OwnerListCriteria OwnerFilterBar::criteria() const
{
    OwnerListCriteria c;
    c.text = m_search->text();
    c.tier = m_tier->currentData().toString();
    c.churnRisk = m_churn->currentData().toString();
    c.acquisitionSource = m_source->currentData().toString();
    c.city = m_city->currentData().toString();
    c.neighborhood = m_neighborhood->currentData().toString();
    switch (m_optIn->currentData().toInt()) {
    case WhatsAppYes: c.whatsappOptIn = true; break;
    case SmsYes: c.smsOptIn = true; break;
    case EmailYes: c.emailOptIn = true; break;
    case WhatsAppNo: c.whatsappOptIn = false; break;
    default: break;
    }
    c.followUpPending = m_followUp->isChecked();
    return c;
}

void OwnerFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OwnerFilterBar::clear()
{
    const QSignalBlocker blocker(this);
    m_search->clear();
    for (QComboBox* combo : {m_tier, m_churn, m_source, m_city, m_neighborhood, m_optIn})
        combo->setCurrentIndex(0);
    m_followUp->setChecked(false);
    m_debounce->stop();
}

bool OwnerFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_debounce->isActive()) { // apply what was typed before moving on
                m_debounce->stop();
                emit criteriaChanged();
            }
            emit moveToListRequested();
            return true;
        }
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace huellas
