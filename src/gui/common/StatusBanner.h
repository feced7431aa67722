#pragma once

#include <QLabel>
#include <QMap>

namespace huellas {

// The coloured strip above the sections that says what the desk must know about the database
// itself: opened read-only, damage found by the background check, a daily backup that failed.
// Each concern has its own line, set and cleared independently; hidden when there is none.
class StatusBanner final : public QLabel
{
    Q_OBJECT

public:
    enum class Concern
    {
        ReadOnly,
        Damage,
        Backup
    };

    explicit StatusBanner(QWidget* parent = nullptr);

    // An empty text clears it; `details` (SQLite's own findings, say) go to the tooltip.
    void setMessage(Concern concern, const QString& text, const QString& details = {});
    QString message(Concern concern) const { return m_messages.value(concern); }

private:
    void update();

    QMap<Concern, QString> m_messages;
    QMap<Concern, QString> m_details;
};

} // namespace huellas
