#include "demopayload.h"

namespace schouw::demo {

namespace {

QByteArray framed(DemoRandom &random, qsizetype size, const QByteArray &head,
                  const QByteArray &tail)
{
    const qsizetype body = std::max<qsizetype>(0, size - head.size() - tail.size());
    QByteArray data = head + random.bytes(body) + tail;
    data.truncate(size);
    return data;
}

} // namespace

QByteArray jpegLikePayload(DemoRandom &random, qsizetype size)
{
    // Start of image and a JFIF APP0 segment; end of image.
    static const QByteArray head = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000");
    static const QByteArray tail = QByteArray::fromHex("ffd9");
    return framed(random, size, head, tail);
}

QByteArray pdfLikePayload(DemoRandom &random, qsizetype size)
{
    static const QByteArray head("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 0 >>\nstream\n");
    static const QByteArray tail("\nendstream\nendobj\n%%EOF\n");
    return framed(random, size, head, tail);
}

} // namespace schouw::demo
