#pragma once

#include "providers/registerimport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RegisterImportDialog;
}

namespace schouw {

class VaultSession;

// Imports a provider register (docs/provider-register.md) into the unlocked vault: the user
// chooses a CSV file, the dialog checks it with RegisterImport and a dry run, shows how many lines
// are valid and every problem per line, and imports only on an explicit choice: "Import" when the
// file has no problems, "Import only the valid lines" when some lines are bad. A file that cannot
// be read as a register imports nothing. The dialog closes itself (rejects) when the session is
// about to lock. GUI thread only.
class RegisterImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegisterImportDialog(VaultSession &session, QWidget *parent = nullptr);
    ~RegisterImportDialog() override;

    // Reads and checks the file as "Choose file…" does, without the file dialog (tests use it).
    void setFilePath(const QString &path);
    [[nodiscard]] QString filePath() const { return m_path; }
    // The file as checked; empty before a file is chosen.
    [[nodiscard]] const RegisterPlan &plan() const { return m_plan; }

Q_SIGNALS:
    // After providers were written to the vault.
    void imported(const schouw::RegisterStats &stats);

private:
    void chooseFile();
    void check();
    void importPlan(bool validLinesOnly);
    void showProblems();
    void resetState();

    std::unique_ptr<Ui::RegisterImportDialog> m_ui;
    VaultSession &m_session;
    QString m_path;
    RegisterPlan m_plan;
    bool m_checked = false; // a file was read and may be imported
};

} // namespace schouw
