#pragma once

#include <QMainWindow>

class QLabel;

namespace huellas {

class Database;
class OwnersView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& database, QWidget* parent = nullptr);
    OwnersView* ownersView() const { return m_owners; }
    void refreshStatus();

private:
    void showAbout();

    Database& m_database;
    OwnersView* m_owners;
    QLabel* m_count;
};

} // namespace huellas
