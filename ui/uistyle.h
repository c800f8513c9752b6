#pragma once

#include <QString>

class QLabel;
class QPixmap;

namespace schouw {

// The few visual conventions the pages share, kept in code rather than style sheets so they
// follow the platform's palette and the user's font size.
namespace uistyle {

// A page heading: the application font, larger and semi-bold.
void makeTitle(QLabel *label, qreal scale = 1.5);
// A message about something the user must fix (wrong passphrase, mismatch): dark red, readable
// on light and dark palettes alike. Hidden while its text is empty.
void makeError(QLabel *label);
// Secondary text: the palette's placeholder colour.
void makeSecondary(QLabel *label);
// Shows text in label, hiding the label when there is none (so empty messages take no space).
void setMessage(QLabel *label, const QString &text);
// An icon from the application's resources (":/icons/<name>.svg") at a logical size.
[[nodiscard]] QPixmap icon(const QString &name, int size, const QLabel *forLabel);

} // namespace uistyle
} // namespace schouw
