#include "InteractionFilterBar.h"

#include "core/Choices.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace huellas {
namespace {

// A date edit cannot be empty: its minimum stands for "no bound" and reads "Any".
const QDate noBound(2000, 1, 1);

QComboBox* makeChoiceFilter(const QString& objectName, ChoiceList list, const QString& allLabel,
                            QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(allLabel, QString());
    for (const Choice& c : choices(list))
        combo->addItem(choiceLabel(list, QString::fromLatin1(c.key)), QString::fromLatin1(c.key));
    return combo;
}

// Filters may shrink below their longest item: the bar also heads an owner's timeline in a
// narrower window, and a clipped "Client referral" still reads.
void letShrink(QComboBox* combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
}

void addLabelled(QHBoxLayout* row, const QString& label, QWidget* field)
{
    auto* text = new QLabel(label, field->parentWidget());
    text->setBuddy(field);
    row->addWidget(text);
    row->addWidget(field);
}

} // namespace

InteractionFilterBar::InteractionFilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)),
      m_type(makeChoiceFilter(QStringLiteral("typeFilter"), ChoiceList::InteractionType, tr("All"),
                              this)),
      m_direction(makeChoiceFilter(QStringLiteral("directionFilter"), ChoiceList::Direction,
                                   tr("All"), this)),
      m_sentiment(makeChoiceFilter(QStringLiteral("sentimentFilter"), ChoiceList::Sentiment,
                                   tr("All"), this)),
      m_staff(new QComboBox(this)), m_from(makeDateEdit(QStringLiteral("fromDateFilter"))),
      m_to(makeDateEdit(QStringLiteral("toDateFilter"))), m_followUp(new QComboBox(this)),
      m_typingPause(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("interactionSearchEdit"));
    m_search->setPlaceholderText(tr("Subject or summary (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_staff->setObjectName(QStringLiteral("staffFilter"));
    setStaff({});
    m_followUp->setObjectName(QStringLiteral("followUpFilter"));
    m_followUp->addItem(tr("Any"), int(FollowUpState::Any));
    m_followUp->addItem(tr("Pending"), int(FollowUpState::Pending));
    m_followUp->addItem(tr("Due today or overdue"), int(FollowUpState::Due));
    m_followUp->addItem(tr("Overdue"), int(FollowUpState::Overdue));
    m_followUp->addItem(tr("Pending without a date"), int(FollowUpState::Undated));
    m_followUp->addItem(tr("To attend (as in Pending)"), int(FollowUpState::NeedsAttention));
    auto* clearButton = new QPushButton(tr("Clear filters"), this);
    clearButton->setObjectName(QStringLiteral("clearFiltersButton"));

    auto* top = new QHBoxLayout;
    addLabelled(top, tr("&Search"), m_search);
    top->setStretchFactor(m_search, 1);
    addLabelled(top, tr("&From"), m_from);
    addLabelled(top, tr("&To"), m_to);
    top->addWidget(clearButton);
    auto* bottom = new QHBoxLayout;
    addLabelled(bottom, tr("T&ype"), m_type);
    addLabelled(bottom, tr("&Direction"), m_direction);
    addLabelled(bottom, tr("S&entiment"), m_sentiment);
    addLabelled(bottom, tr("&Handled by"), m_staff);
    addLabelled(bottom, tr("Follow-&up"), m_followUp);
    for (QComboBox* combo : {m_type, m_direction, m_sentiment, m_staff, m_followUp})
        bottom->setStretchFactor(combo, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(bottom);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_typingPause, &QTimer::timeout, this, &InteractionFilterBar::criteriaChanged);
    for (QComboBox* combo : {m_type, m_direction, m_sentiment, m_staff, m_followUp}) {
        letShrink(combo);
        connect(combo, &QComboBox::currentIndexChanged, this,
                &InteractionFilterBar::criteriaChanged);
    }
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &InteractionFilterBar::criteriaChanged);
    connect(clearButton, &QPushButton::clicked, this, &InteractionFilterBar::clear);
}

QDateEdit* InteractionFilterBar::makeDateEdit(const QString& objectName)
{
    auto* edit = new QDateEdit(this);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noBound);
    edit->setSpecialValueText(tr("Any"));
    edit->setDate(noBound);
    return edit;
}

QDate InteractionFilterBar::boundOf(const QDateEdit* edit) const
{
    return edit->date() == noBound ? QDate() : edit->date();
}

void InteractionFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InteractionFilterBar::setStaff(const QList<Staff>& staff)
{
    const QVariant selected = m_staff->currentData();
    const QSignalBlocker quiet(m_staff);
    m_staff->clear();
    m_staff->addItem(tr("Anyone"), qint64(0));
    for (const Staff& s : staff)
        m_staff->addItem(s.displayName.isEmpty() ? s.username : s.displayName, s.id);
    m_staff->setCurrentIndex(qMax(0, m_staff->findData(selected)));
}

InteractionCriteria InteractionFilterBar::criteria() const
{
    InteractionCriteria c;
    c.text = m_search->text().trimmed();
    c.interactionType = m_type->currentData().toString();
    c.direction = m_direction->currentData().toString();
    c.sentiment = m_sentiment->currentData().toString();
    c.handledBy = m_staff->currentData().toLongLong();
    c.from = boundOf(m_from);
    c.to = boundOf(m_to);
    c.followUp = FollowUpState(m_followUp->currentData().toInt());
    return c;
}

void InteractionFilterBar::clear()
{
    {
        // One reload for the whole reset, not one per widget.
        const QSignalBlocker quiet(this);
        m_search->clear();
        m_typingPause->stop();
        for (QComboBox* combo : {m_type, m_direction, m_sentiment, m_staff, m_followUp})
            combo->setCurrentIndex(0);
        m_from->setDate(noBound);
        m_to->setDate(noBound);
    }
    emit criteriaChanged();
}

} // namespace huellas
