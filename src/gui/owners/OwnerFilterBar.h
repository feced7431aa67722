#pragma once

#include "storage/OwnerListQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace huellas {

// The search box and quick filters above the owners list. Emits criteriaChanged() a moment
// after the last keystroke, so typing a phone number runs one query, not ten.
class OwnerFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit OwnerFilterBar(QWidget* parent = nullptr);

    OwnerListCriteria criteria() const;
    void setPlaces(const QStringList& cities, const QStringList& neighborhoods);
    void focusSearch();
    void clear();
    QLineEdit* searchEdit() const { return m_search; }

signals:
    void criteriaChanged();
    // Down or Enter in the search box: the list takes over.
    void moveToListRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QComboBox* addCombo(const char* objectName, const QString& allText);
    void fillPlaceCombo(QComboBox* combo, const QStringList& values);

    QLineEdit* m_search;
    QComboBox* m_tier;
    QComboBox* m_churn;
    QComboBox* m_source;
    QComboBox* m_city;
    QComboBox* m_neighborhood;
    QComboBox* m_optIn;
    QCheckBox* m_followUp;
    class QTimer* m_debounce;
};

} // namespace huellas
