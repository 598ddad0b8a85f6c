"""Session crypto of the Secret Service: DH key agreement, HKDF-SHA256, AES-128-CBC.

This is the "dh-ietf1024-sha256-aes128-cbc-pkcs7" algorithm of the freedesktop Secret Service
spec. AES goes through OpenSSL's libcrypto via ctypes instead of the `cryptography` package:
libcrypto is already in every build for Python's `ssl`, `cryptography` would add 11 MB
(issue 7). Pure functions and short-lived OpenSSL contexts: safe from any thread.
"""

from __future__ import annotations

import _ssl
import ctypes
import functools
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from keyring.errors import KeyringError

ALGORITHM = "dh-ietf1024-sha256-aes128-cbc-pkcs7"

# RFC 2409 section 6.2, the Second Oakley Group: a 1024-bit MODP prime with generator 2.
MODP1024_PRIME = int(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74"
    "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437"
    "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF",
    16,
)
MODP1024_GENERATOR = 2
_PRIME_BYTES = 128
AES_KEY_BYTES = 16
AES_BLOCK_BYTES = 16


class SecretCryptoError(KeyringError):
    """A secret could not be encrypted or decrypted (wrong key, corrupted data, no libcrypto)."""


@dataclass(frozen=True, slots=True)
class DHKeyPair:
    """Our half of one session's key agreement; the private part never leaves this object."""

    private: int = field(repr=False)  # kept out of reprs, logs and tracebacks
    public: int

    @classmethod
    def generate(cls) -> DHKeyPair:
        # 128 random bytes, as long as the prime: the exponent has the full group's strength.
        private = int.from_bytes(secrets.token_bytes(_PRIME_BYTES), "big")
        return cls(private, pow(MODP1024_GENERATOR, private, MODP1024_PRIME))

    def public_bytes(self) -> bytes:
        return self.public.to_bytes(_PRIME_BYTES, "big")

    def session_key(self, peer_public: bytes) -> bytes:
        """The AES key both sides derive from the peer's public value."""
        peer = int.from_bytes(peer_public, "big")
        # 0, 1 and p-1 would force a shared secret an observer can guess.
        if not 1 < peer < MODP1024_PRIME - 1:
            raise SecretCryptoError("the Secret Service sent an invalid public key")
        shared = pow(peer, self.private, MODP1024_PRIME).to_bytes(_PRIME_BYTES, "big")
        return hkdf_sha256(shared, salt=b"", info=b"", length=AES_KEY_BYTES)


def hkdf_sha256(ikm: bytes, *, salt: bytes, info: bytes, length: int) -> bytes:
    """RFC 5869 extract-then-expand; an empty salt means HashLen zero bytes (section 2.2)."""
    digest = hashlib.sha256().digest_size
    if length > 255 * digest:
        raise ValueError("HKDF output too long")
    prk = hmac.digest(salt or bytes(digest), ikm, "sha256")
    blocks: list[bytes] = []
    previous = b""
    for counter in range(1, -(-length // digest) + 1):
        previous = hmac.digest(prk, previous + info + bytes([counter]), "sha256")
        blocks.append(previous)
    return b"".join(blocks)[:length]


class _LibCrypto:
    """The few EVP functions we need, with their C signatures declared."""

    def __init__(self, lib: ctypes.CDLL) -> None:
        vp, ip, cp = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
        ipp = ctypes.POINTER(ctypes.c_int)
        self.ctx_new = _declare(lib, "EVP_CIPHER_CTX_new", vp, [])
        self.ctx_free = _declare(lib, "EVP_CIPHER_CTX_free", None, [vp])
        self.set_padding = _declare(lib, "EVP_CIPHER_CTX_set_padding", ip, [vp, ip])
        self.aes_128_cbc = _declare(lib, "EVP_aes_128_cbc", vp, [])
        self.encrypt_init = _declare(lib, "EVP_EncryptInit_ex", ip, [vp, vp, vp, cp, cp])
        self.encrypt_update = _declare(lib, "EVP_EncryptUpdate", ip, [vp, vp, ipp, cp, ip])
        self.encrypt_final = _declare(lib, "EVP_EncryptFinal_ex", ip, [vp, vp, ipp])
        self.decrypt_init = _declare(lib, "EVP_DecryptInit_ex", ip, [vp, vp, vp, cp, cp])
        self.decrypt_update = _declare(lib, "EVP_DecryptUpdate", ip, [vp, vp, ipp, cp, ip])
        self.decrypt_final = _declare(lib, "EVP_DecryptFinal_ex", ip, [vp, vp, ipp])


def _declare(
    lib: ctypes.CDLL, name: str, restype: type | None, argtypes: list[type]
) -> ctypes._NamedFuncPointer:
    func = getattr(lib, name)
    func.restype = restype
    func.argtypes = argtypes
    return func  # type: ignore[no-any-return]


@functools.cache
def _libcrypto() -> _LibCrypto:
    # The _ssl extension links libcrypto, and dlsym on its handle searches its dependencies:
    # this finds the very library Python uses, in the venv and in a frozen app, with no
    # file system search. Cached: the bindings are immutable once declared.
    try:
        return _LibCrypto(ctypes.CDLL(_ssl.__file__))
    except (OSError, AttributeError) as exc:
        raise SecretCryptoError(f"OpenSSL libcrypto is not usable: {exc}") from None


def aes128_cbc_encrypt(key: bytes, iv: bytes, data: bytes, *, padding: bool = True) -> bytes:
    """AES-128-CBC; PKCS#7 padding unless `padding` is False (then whole blocks only)."""
    return _aes128_cbc(key, iv, data, encrypt=True, padding=padding)


def aes128_cbc_decrypt(key: bytes, iv: bytes, data: bytes, *, padding: bool = True) -> bytes:
    """Inverse of aes128_cbc_encrypt; bad padding (wrong key, corrupted data) raises."""
    return _aes128_cbc(key, iv, data, encrypt=False, padding=padding)


def _aes128_cbc(key: bytes, iv: bytes, data: bytes, *, encrypt: bool, padding: bool) -> bytes:
    if len(key) != AES_KEY_BYTES or len(iv) != AES_BLOCK_BYTES:
        raise SecretCryptoError("AES-128-CBC needs a 16-byte key and a 16-byte IV")
    if (not encrypt or not padding) and len(data) % AES_BLOCK_BYTES:
        raise SecretCryptoError("the encrypted secret is not a whole number of blocks")
    lib = _libcrypto()
    init, update, final = (
        (lib.encrypt_init, lib.encrypt_update, lib.encrypt_final)
        if encrypt
        else (lib.decrypt_init, lib.decrypt_update, lib.decrypt_final)
    )
    ctx = lib.ctx_new()
    if not ctx:
        raise SecretCryptoError("OpenSSL could not allocate a cipher context")
    out = ctypes.create_string_buffer(len(data) + AES_BLOCK_BYTES)
    written = ctypes.c_int(0)
    tail = ctypes.c_int(0)
    try:
        ok = init(ctx, lib.aes_128_cbc(), None, key, iv) == 1
        ok = ok and lib.set_padding(ctx, 1 if padding else 0) == 1
        ok = ok and update(ctx, out, ctypes.byref(written), data, len(data)) == 1
        # The final call checks the padding when decrypting.
        ok = ok and final(ctx, ctypes.addressof(out) + written.value, ctypes.byref(tail)) == 1
    finally:
        lib.ctx_free(ctx)
    if not ok:
        what = "encrypt" if encrypt else "decrypt"
        raise SecretCryptoError(f"could not {what} the secret (wrong session key or bad data)")
    return out.raw[: written.value + tail.value]
