#pragma once

#include <QString>
#include <QStringList>

namespace huellas {

// Every problem an import finds, counted; only the first `kept` are stored as messages, so
// that a garbage file of a gigabyte cannot grow the list without bound. The count still says
// how many there were.
class ImportProblems final
{
public:
    static constexpr qsizetype kept = 1000;

    ImportProblems& operator<<(const QString& message);
    bool isEmpty() const { return m_count == 0; }
    qsizetype count() const { return m_count; }
    // The stored messages, then "… and N more problems" when some were not kept.
    QStringList messages() const;

private:
    QStringList m_messages;
    qsizetype m_count = 0;
};

} // namespace huellas
