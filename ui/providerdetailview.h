#pragma once

#include "domain/id.h"

#include <QWidget>

#include <memory>

class QListWidget;
class QListWidgetItem;

namespace Ui {
class ProviderDetailView;
}

namespace schouw {

class VaultSession;

// One provider at a glance, beside the provider list: name, sector and KvK number, its open and
// closed risk signals, past visits with their judgement counts, and its locations. Reads through
// the repositories of the session's vault when showProvider() is called; holds nothing once the
// session is about to lock (it clears itself, before the vault closes). GUI thread only.
class ProviderDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderDetailView(VaultSession &session, QWidget *parent = nullptr);
    ~ProviderDetailView() override;

    // Reads the provider and shows it. An unknown id, a locked vault or a read error shows the
    // placeholder again (errors go to the log; the list that offered the id stays usable).
    void showProvider(const Id &id);
    // Back to the placeholder, with every text of the last provider dropped.
    void clear();
    // Reads the provider shown again (after an import, or when a visit was started or finished).
    void refresh();

    // The provider shown, or a null id.
    [[nodiscard]] Id providerId() const { return m_providerId; }

Q_SIGNALS:
    // "Start visit" (Ctrl+N) for the provider shown.
    void startVisitRequested(schouw::Id providerId);
    // Enter or a double-click on one of the past visits.
    void openVisitRequested(schouw::Id visitId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fill(const Id &id);
    // Each list as high as its items (estimated for the current width), so a short list does
    // not leave an empty box; the space left over goes below the last list.
    void fitLists();
    void onVisitActivated(QListWidgetItem *item);
    static void addEmptyItem(QListWidget *list, const QString &text);

    std::unique_ptr<Ui::ProviderDetailView> m_ui;
    VaultSession &m_session;
    Id m_providerId;
};

} // namespace schouw
