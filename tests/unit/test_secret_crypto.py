"""The Secret Service session crypto against published vectors (NIST SP 800-38A, RFC 5869)."""

from __future__ import annotations

import _ssl
import ctypes

import keyring.errors
import pytest

from newsreader.core import secret_crypto
from newsreader.core.secret_crypto import (
    DHKeyPair,
    SecretCryptoError,
    aes128_cbc_decrypt,
    aes128_cbc_encrypt,
    hkdf_sha256,
)

# NIST SP 800-38A, F.2.1 (CBC-AES128.Encrypt) and F.2.2 (CBC-AES128.Decrypt).
KEY = bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c")
IV = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
PLAIN = bytes.fromhex(
    "6bc1bee22e409f96e93d7e117393172a"
    "ae2d8a571e03ac9c9eb76fac45af8e51"
    "30c81c46a35ce411e5fbc1191a0a52ef"
    "f69f2445df4f9b17ad2b417be66c3710"
)
CIPHER = bytes.fromhex(
    "7649abac8119b246cee98e9b12e9197d"
    "5086cb9b507219ee95db113a917678b2"
    "73bed6b8e3c1743b7116e69e22229516"
    "3ff1caa1681fac09120eca307586e1a7"
)


def test_aes_cbc_matches_nist_encrypt_vector() -> None:
    assert aes128_cbc_encrypt(KEY, IV, PLAIN, padding=False) == CIPHER


def test_aes_cbc_matches_nist_decrypt_vector() -> None:
    assert aes128_cbc_decrypt(KEY, IV, CIPHER, padding=False) == PLAIN


def test_pkcs7_adds_one_full_block_to_whole_blocks() -> None:
    # Derived from the vector: PKCS#7 appends a block of sixteen 0x10 bytes, which CBC chains
    # from the last cipher block.
    padding_block = aes128_cbc_encrypt(KEY, CIPHER[-16:], b"\x10" * 16, padding=False)
    padded = aes128_cbc_encrypt(KEY, IV, PLAIN)
    assert padded == CIPHER + padding_block
    assert aes128_cbc_decrypt(KEY, IV, padded) == PLAIN


@pytest.mark.parametrize("size", [0, 1, 15, 16, 17, 1000])
def test_padded_round_trip_of_any_length(size: int) -> None:
    data = bytes(range(256)) * 4
    sealed = aes128_cbc_encrypt(KEY, IV, data[:size])
    assert len(sealed) == (size // 16 + 1) * 16
    assert aes128_cbc_decrypt(KEY, IV, sealed) == data[:size]


def test_wrong_key_is_an_error_not_garbage() -> None:
    sealed = aes128_cbc_encrypt(KEY, IV, b"correct horse battery staple")
    wrong = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
    with pytest.raises(keyring.errors.KeyringError, match="could not decrypt"):
        aes128_cbc_decrypt(wrong, IV, sealed)


def test_corrupted_ciphertext_is_an_error_not_garbage() -> None:
    sealed = bytearray(aes128_cbc_encrypt(KEY, IV, b"correct horse battery staple"))
    sealed[-1] ^= 0x5A
    with pytest.raises(SecretCryptoError, match="could not decrypt"):
        aes128_cbc_decrypt(KEY, IV, bytes(sealed))
    with pytest.raises(SecretCryptoError, match="whole number of blocks"):
        aes128_cbc_decrypt(KEY, IV, bytes(sealed[:-1]))


def test_bad_key_or_iv_length_is_refused() -> None:
    with pytest.raises(SecretCryptoError):
        aes128_cbc_encrypt(KEY[:15], IV, b"x")
    with pytest.raises(SecretCryptoError):
        aes128_cbc_encrypt(KEY, IV + b"x", b"x")


def test_hkdf_rfc5869_case_1() -> None:
    okm = hkdf_sha256(
        bytes.fromhex("0b" * 22),
        salt=bytes.fromhex("000102030405060708090a0b0c"),
        info=bytes.fromhex("f0f1f2f3f4f5f6f7f8f9"),
        length=42,
    )
    assert okm == bytes.fromhex(
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
    )


def test_hkdf_rfc5869_case_3_zero_salt_empty_info() -> None:
    okm = hkdf_sha256(bytes.fromhex("0b" * 22), salt=b"", info=b"", length=42)
    assert okm == bytes.fromhex(
        "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"
    )


def test_prime_is_openssls_rfc2409_group_2() -> None:
    lib = ctypes.CDLL(_ssl.__file__)
    lib.BN_get_rfc2409_prime_1024.restype = ctypes.c_void_p
    lib.BN_get_rfc2409_prime_1024.argtypes = [ctypes.c_void_p]
    lib.BN_bn2hex.restype = ctypes.c_void_p
    lib.BN_bn2hex.argtypes = [ctypes.c_void_p]
    lib.BN_free.argtypes = [ctypes.c_void_p]
    lib.CRYPTO_free.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    bn = lib.BN_get_rfc2409_prime_1024(None)
    text = lib.BN_bn2hex(bn)
    try:
        assert int(ctypes.string_at(text).decode(), 16) == secret_crypto.MODP1024_PRIME
    finally:
        lib.CRYPTO_free(text, b"", 0)
        lib.BN_free(bn)


def test_both_sides_of_the_key_agreement_derive_the_same_key() -> None:
    ours, theirs = DHKeyPair.generate(), DHKeyPair.generate()
    assert len(ours.public_bytes()) == 128
    key = ours.session_key(theirs.public_bytes())
    assert key == theirs.session_key(ours.public_bytes())
    assert len(key) == 16
    assert key != DHKeyPair.generate().session_key(theirs.public_bytes())


@pytest.mark.parametrize("peer", [0, 1, secret_crypto.MODP1024_PRIME - 1])
def test_degenerate_peer_keys_are_refused(peer: int) -> None:
    with pytest.raises(SecretCryptoError, match="invalid public key"):
        DHKeyPair.generate().session_key(peer.to_bytes(128, "big"))


def test_private_key_stays_out_of_reprs() -> None:
    keys = DHKeyPair.generate()
    assert str(keys.private) not in repr(keys) and "private" not in repr(keys)
