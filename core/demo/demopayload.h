#pragma once

#include "demorandom.h"

#include <QByteArray>

namespace schouw::demo {

// Attachment content of exactly size bytes that starts and ends like the format it claims, so
// viewers and `file` recognise it, with deterministic random bytes in between. Never a real
// image: the point is volume and realistic mime types, not pictures.
[[nodiscard]] QByteArray jpegLikePayload(DemoRandom &random, qsizetype size);
[[nodiscard]] QByteArray pdfLikePayload(DemoRandom &random, qsizetype size);

} // namespace schouw::demo
