#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace carnet {

// Seals a document (an export: JSON with its attachments' bytes) with a passphrase, in memory,
// so that a person's file can be handed back to them: Argon2id derives the key from the
// passphrase, XChaCha20-Poly1305 (libsodium's secretstream, in chunks) encrypts and
// authenticates, the header included. The format is described byte by byte in
// docs/encrypted-format.md. Nothing here touches the disk: the caller writes the sealed bytes
// (JsonExport::writeFile) and imports the opened ones (JsonImport).
class EncryptedContainer final
{
public:
    EncryptedContainer() = delete;

    // The first 8 bytes of every container; the version that follows says how to read the rest.
    static constexpr QByteArrayView magic{"CARNETX1", 8};
    static constexpr quint16 formatVersion = 1;
    static constexpr qsizetype headerSize = 70;
    // Plaintext bytes per chunk (each chunk gains 17 bytes: a tag and a 16-byte MAC).
    static constexpr quint32 chunkSize = 64 * 1024;

    // Argon2id's cost, stored in the header (a file is opened with the cost it was sealed with).
    struct KdfLimits
    {
        quint64 opsLimit = 0; // passes over the memory
        quint64 memLimit = 0; // bytes

        // What Carnet seals with: libsodium's MODERATE (3 passes, 256 MiB), about 1.2 s on
        // the 2-core development machine. Files are sealed rarely, and the passphrase is all
        // that protects a file that may leave the house: the slower the guessing, the better.
        static KdfLimits moderate();
        // libsodium's INTERACTIVE (2 passes, 64 MiB), about 0.2 s.
        static KdfLimits interactive();
        // The least Argon2id accepts (1 pass, 8 KiB): for tests only, it protects nothing.
        static KdfLimits minimum();
    };

    // Whether `data` starts with the magic (an encrypted file, as opposed to a JSON document).
    static bool isEncrypted(QByteArrayView data);

    // `passphrase` is used as typed, in Unicode NFC and UTF-8 (the same passphrase typed on
    // another system gives the same key). The key and Carnet's copies of the passphrase are
    // zeroed after use; the caller wipes its own (wipe()).
    static Result<QByteArray> encrypt(const QByteArray& plaintext, const QString& passphrase,
                                      KdfLimits limits = KdfLimits::moderate());
    // Refuses with one sentence when the passphrase is wrong or a single byte was changed,
    // added or removed ("Wrong passphrase, or the file was changed."): no partial plaintext is
    // ever returned.
    static Result<QByteArray> decrypt(const QByteArray& container, const QString& passphrase);

    // "Camille Durand 2026-12-07.carnet-export": the person's name, made safe for file systems
    // (accents kept; / \ : * ? " < > | and control characters dropped), and the day.
    static QString fileName(const QString& personName, QDate day);
    static QString fileSuffix() { return QStringLiteral("carnet-export"); }

    // Overwrites the characters or bytes with zeros (sodium_memzero), then empties the string.
    static void wipe(QString& text);
    static void wipe(QByteArray& bytes);
};

} // namespace carnet
