#include "io/EncryptedContainer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <sodium.h>

namespace carnet {

namespace {

// tr() under the context lupdate gives these strings, in free functions and members alike.
struct EncryptedContainerText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::EncryptedContainer)
};

// Where each field of the header starts (docs/encrypted-format.md).
constexpr qsizetype kVersionAt = 8;
constexpr qsizetype kChunkSizeAt = 10;
constexpr qsizetype kOpsLimitAt = 14;
constexpr qsizetype kMemLimitAt = 22;
constexpr qsizetype kSaltAt = 30;
constexpr qsizetype kStreamHeaderAt = kSaltAt + crypto_pwhash_SALTBYTES;
static_assert(crypto_pwhash_SALTBYTES == 16);
static_assert(crypto_secretstream_xchacha20poly1305_HEADERBYTES == 24);
static_assert(kStreamHeaderAt + crypto_secretstream_xchacha20poly1305_HEADERBYTES ==
              EncryptedContainer::headerSize);

constexpr qsizetype kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr quint32 kMaxChunkSize = 16 * 1024 * 1024;
// What a header may ask of the reader's machine: at most libsodium's SENSITIVE memory (1 GiB)
// and a few times its passes. More is refused as not written by Carnet (and not computed).
constexpr quint64 kMaxOpsLimit = 4 * crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr quint64 kMaxMemLimit = crypto_pwhash_MEMLIMIT_SENSITIVE;

Error changed()
{
    return Error::invalid(QString(),
                          EncryptedContainerText::tr("Wrong passphrase, or the file was changed."));
}

bool withinBounds(EncryptedContainer::KdfLimits limits)
{
    return limits.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && limits.opsLimit <= kMaxOpsLimit &&
           limits.memLimit >= crypto_pwhash_MEMLIMIT_MIN && limits.memLimit <= kMaxMemLimit;
}

template <typename T>
void put(QByteArray& out, qsizetype at, T value)
{
    qToLittleEndian(value, out.data() + at);
}

template <typename T>
T get(const QByteArray& in, qsizetype at)
{
    return qFromLittleEndian<T>(in.constData() + at);
}

auto bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

// The key, from the passphrase and the header's salt and limits; false when libsodium could
// not (out of memory). Every copy of the passphrase made here is zeroed.
bool deriveKey(unsigned char* key, const QString& passphrase, const unsigned char* salt,
               EncryptedContainer::KdfLimits limits)
{
    QString normalized = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    EncryptedContainer::wipe(normalized);
    const int derived = crypto_pwhash(key, crypto_secretstream_xchacha20poly1305_KEYBYTES,
                                      utf8.constData(), quint64(utf8.size()), salt, limits.opsLimit,
                                      size_t(limits.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    EncryptedContainer::wipe(utf8);
    return derived == 0;
}

Error keyFailed()
{
    return Error::io(EncryptedContainerText::tr(
        "Carnet could not derive the key from the passphrase (not enough memory?)."));
}

Error noSodium()
{
    return Error::io(EncryptedContainerText::tr("The encryption library could not start."));
}

// Zeroes the key and the stream state (which holds a subkey) when it goes out of scope.
struct Secrets
{
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_state state;

    Secrets() = default;
    Secrets(const Secrets&) = delete;
    Secrets& operator=(const Secrets&) = delete;
    ~Secrets()
    {
        sodium_memzero(key, sizeof key);
        sodium_memzero(&state, sizeof state);
    }
};

} // namespace

EncryptedContainer::KdfLimits EncryptedContainer::KdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

EncryptedContainer::KdfLimits EncryptedContainer::KdfLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

EncryptedContainer::KdfLimits EncryptedContainer::KdfLimits::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool EncryptedContainer::isEncrypted(QByteArrayView data)
{
    return data.startsWith(magic);
}

Result<QByteArray> EncryptedContainer::encrypt(const QByteArray& plaintext,
                                               const QString& passphrase, KdfLimits limits)
{
    if (sodium_init() < 0)
        return noSodium();
    if (!withinBounds(limits)) {
        return Error::invalid(
            QString(), EncryptedContainerText::tr("These key derivation limits are out of range."));
    }
    const qsizetype chunks = std::max<qsizetype>(1, (plaintext.size() + chunkSize - 1) / chunkSize);
    QByteArray out(headerSize + plaintext.size() + chunks * kAbytes, Qt::Uninitialized);
    std::copy(magic.begin(), magic.end(), out.begin());
    put<quint16>(out, kVersionAt, formatVersion);
    put<quint32>(out, kChunkSizeAt, chunkSize);
    put<quint64>(out, kOpsLimitAt, limits.opsLimit);
    put<quint64>(out, kMemLimitAt, limits.memLimit);
    auto* data = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(data + kSaltAt, crypto_pwhash_SALTBYTES);

    Secrets secrets;
    if (!deriveKey(secrets.key, passphrase, data + kSaltAt, limits))
        return keyFailed();
    crypto_secretstream_xchacha20poly1305_init_push(&secrets.state, data + kStreamHeaderAt,
                                                    secrets.key);
    // Every chunk authenticates the whole header (magic, version, limits, salt, stream header).
    const QByteArray header = out.left(headerSize);
    qsizetype read = 0;
    qsizetype written = headerSize;
    for (qsizetype chunk = 0; chunk < chunks; ++chunk) {
        const qsizetype length = std::min<qsizetype>(chunkSize, plaintext.size() - read);
        const bool last = chunk == chunks - 1;
        crypto_secretstream_xchacha20poly1305_push(
            &secrets.state, data + written, nullptr, bytes(plaintext) + read, quint64(length),
            bytes(header), quint64(header.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        read += length;
        written += length + kAbytes;
    }
    return out;
}

Result<QByteArray> EncryptedContainer::decrypt(const QByteArray& container,
                                               const QString& passphrase)
{
    if (sodium_init() < 0)
        return noSodium();
    if (!isEncrypted(container)) {
        return Error::invalid(
            QString(), EncryptedContainerText::tr("This file is not an encrypted Carnet export."));
    }
    if (container.size() < headerSize + kAbytes)
        return changed();
    const quint16 version = get<quint16>(container, kVersionAt);
    if (version > formatVersion) {
        return Error::invalid(
            QString(), EncryptedContainerText::tr("This file was encrypted by a newer Carnet "
                                                  "(format %1): update Carnet to open it.")
                           .arg(version));
    }
    const quint32 chunk = get<quint32>(container, kChunkSizeAt);
    const KdfLimits limits{get<quint64>(container, kOpsLimitAt),
                           get<quint64>(container, kMemLimitAt)};
    if (version != formatVersion || chunk == 0 || chunk > kMaxChunkSize || !withinBounds(limits))
        return changed();

    Secrets secrets;
    if (!deriveKey(secrets.key, passphrase, bytes(container) + kSaltAt, limits))
        return keyFailed();
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &secrets.state, bytes(container) + kStreamHeaderAt, secrets.key) != 0)
        return changed();

    const qsizetype sealedChunk = qsizetype(chunk) + kAbytes;
    const qsizetype body = container.size() - headerSize;
    const qsizetype chunks = (body + sealedChunk - 1) / sealedChunk;
    if (body - (chunks - 1) * sealedChunk < kAbytes) // a last chunk shorter than its MAC
        return changed();
    QByteArray plaintext(body - chunks * kAbytes, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(plaintext.data());
    qsizetype read = headerSize;
    qsizetype written = 0;
    bool final = false;
    while (read < container.size()) {
        const qsizetype length = std::min(sealedChunk, container.size() - read);
        unsigned char tag = 0;
        unsigned long long opened = 0;
        // A chunk that does not authenticate, or anything after the final chunk: the file
        // was changed.
        if (final || crypto_secretstream_xchacha20poly1305_pull(
                         &secrets.state, out + written, &opened, &tag, bytes(container) + read,
                         quint64(length), bytes(container), quint64(headerSize)) != 0) {
            wipe(plaintext);
            return changed();
        }
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        read += length;
        written += qsizetype(opened);
    }
    if (!final) { // cut after a whole chunk
        wipe(plaintext);
        return changed();
    }
    return plaintext;
}

QString EncryptedContainer::fileName(const QString& personName, QDate day)
{
    // Characters Windows, macOS or Linux refuse in a name, and control characters.
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x{0}-\\x{1f}\\x{7f}]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString name = personName.normalized(QString::NormalizationForm_C);
    name.replace(spaces, QStringLiteral(" "));
    name.remove(unsafe);
    name.replace(spaces, QStringLiteral(" "));
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('.')))
        name = (name.startsWith(QLatin1Char('.')) ? name.mid(1) : name.chopped(1)).trimmed();
    name.truncate(100);
    if (name.isEmpty())
        name = QStringLiteral("Carnet");
    return QStringLiteral("%1 %2.%3").arg(name, day.toString(Qt::ISODate), fileSuffix());
}

void EncryptedContainer::wipe(QString& text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void EncryptedContainer::wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace carnet
