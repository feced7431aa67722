#pragma once

#include <QByteArrayView>

namespace huellas {

// ';' when the first line has more semicolons than commas outside quotes, else ','. Fed
// chunk by chunk, it stops looking at the end of the first line (which quoted line breaks
// may make span several physical lines), so only the first line is ever examined.
class DelimiterDetector final
{
public:
    // False once the first line is complete: nothing more needs to be fed.
    bool add(QByteArrayView bytes);
    char delimiter() const { return m_semicolons > m_commas ? ';' : ','; }

private:
    int m_commas = 0;
    int m_semicolons = 0;
    bool m_quoted = false;
    bool m_done = false;
};

} // namespace huellas
