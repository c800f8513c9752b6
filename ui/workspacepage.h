#pragma once

#include "domain/id.h"
#include "syncedrecords.h"

#include <QTimer>
#include <QWidget>

#include <chrono>
#include <memory>

class QAction;

namespace Ui {
class WorkspacePage;
}

namespace schouw {

class ProviderDetailView;
class ProviderListModel;

// The unlocked workspace: the provider list with a search field, filters and a count underneath,
// and beside it the detail of the selected provider. Searching waits until typing pauses, then
// resets the model with the new filter. The list sorts by name, city or open signals through its
// column headers or the "Sort by" box; the order stays while searching and resets on lock.
class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultSearchDelay {150};

    explicit WorkspacePage(ProviderListModel &model, QWidget *parent = nullptr);
    ~WorkspacePage() override;

    // The lock button at the top right triggers this action.
    void setLockAction(QAction *action);
    // A sync button beside the lock button.
    void setSyncAction(QAction *action);
    // After a sync changed records: the list and the provider shown reload when providers,
    // their signals, locations or visits changed; the selected provider stays selected.
    void refreshAfterSync(const schouw::SyncedRecords &records);
    void setSearchDelay(std::chrono::milliseconds delay);

    // Forgets the search text, the filters and the order without searching, and clears the
    // provider detail (the model is cleared separately on lock).
    void reset();
    void focusSearch();

    // Opens the register import dialog (window-modal); the list reloads after an import. Returns
    // the dialog, which deletes itself when closed, so tests can drive it.
    QWidget *openRegisterImport();

    [[nodiscard]] ProviderDetailView *detailView() const { return m_detail; }

Q_SIGNALS:
    // From the provider detail: "Start visit" for a provider, or a past visit opened.
    void startVisitRequested(schouw::Id providerId);
    void openVisitRequested(schouw::Id visitId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void enterResults();
    void updateCount();
    void showCurrentProvider();
    void onHeaderClicked(int column);
    void showSortInControls();

    std::unique_ptr<Ui::WorkspacePage> m_ui;
    ProviderListModel &m_model;
    ProviderDetailView *m_detail = nullptr;
    QTimer m_searchDelay;
};

} // namespace schouw
