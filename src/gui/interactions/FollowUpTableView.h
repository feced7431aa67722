#pragma once

#include <QTableView>

namespace huellas {

class FollowUpListModel;

// A table of a FollowUpListModel: group headers span the whole row, one follow-up is
// selected at a time, and after a reload the same follow-up stays selected — or the one that
// took its place, so Space completes one after another.
class FollowUpTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit FollowUpTableView(FollowUpListModel* model, QWidget* parent = nullptr);

    FollowUpListModel* followUps() const { return m_model; }
    qint64 currentInteraction() const;
    // Selects `interactionId`, else the first follow-up at or after `row`, else the last one.
    void selectFollowUp(qint64 interactionId, int row);

private:
    void spanGroupHeaders();

    FollowUpListModel* m_model;
};

} // namespace huellas
