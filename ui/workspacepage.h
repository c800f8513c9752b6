#pragma once

#include <QTimer>
#include <QWidget>

#include <chrono>
#include <memory>

class QAction;

namespace Ui {
class WorkspacePage;
}

namespace schouw {

class ProviderListModel;

// The unlocked workspace: the provider list with a search field and a count underneath.
// Searching waits until typing pauses, then resets the model with the new filter.
class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultSearchDelay {150};

    explicit WorkspacePage(ProviderListModel &model, QWidget *parent = nullptr);
    ~WorkspacePage() override;

    // The lock button at the top right triggers this action.
    void setLockAction(QAction *action);
    void setSearchDelay(std::chrono::milliseconds delay);

    // Forgets the search text without searching (the model is cleared separately on lock).
    void reset();
    void focusSearch();

private:
    void applySearch();
    void updateCount();

    std::unique_ptr<Ui::WorkspacePage> m_ui;
    ProviderListModel &m_model;
    QTimer m_searchDelay;
};

} // namespace schouw
