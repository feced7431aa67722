#pragma once

#include "core/Records.h"
#include "storage/InteractionCriteria.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace huellas {

// The log's filters: free text over subject and summary, type, direction, sentiment, staff,
// a date range and the follow-up state. Every change emits criteriaChanged() (typing waits
// for a pause, so a long log is not re-queried on every key).
class InteractionFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit InteractionFilterBar(QWidget* parent = nullptr);

    void setStaff(const QList<Staff>& staff);
    // The owner is not a filter of the bar; the view sets it.
    InteractionCriteria criteria() const;
    void clear();
    void focusSearch();

signals:
    void criteriaChanged();

private:
    QDateEdit* makeDateEdit(const QString& objectName);
    QDate boundOf(const QDateEdit* edit) const;

    QLineEdit* m_search;
    QComboBox* m_type;
    QComboBox* m_direction;
    QComboBox* m_sentiment;
    QComboBox* m_staff;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_followUp;
    QTimer* m_typingPause;
};

} // namespace huellas
