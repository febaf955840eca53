package io.opadynamodb.rego.builtins.system;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * RSASSA-PSS verification accepting any salt length, as Go's {@code rsa.VerifyPSS} with nil
 * options (used by {@code io.jwt.verify_ps256} & co.); the JDK only verifies a fixed salt length.
 */
final class RsaPss {
  private RsaPss() {}

  static boolean verifyAutoSalt(RSAPublicKey pub, String hashAlg, byte[] message, byte[] sig) {
    try {
      MessageDigest md = MessageDigest.getInstance(hashAlg);
      byte[] mHash = md.digest(message);
      int k = (pub.getModulus().bitLength() + 7) / 8;
      if (sig.length != k) {
        return false;
      }
      BigInteger s = new BigInteger(1, sig);
      if (s.compareTo(pub.getModulus()) >= 0) {
        return false;
      }
      BigInteger m = s.modPow(pub.getPublicExponent(), pub.getModulus());
      int emBits = pub.getModulus().bitLength() - 1;
      int emLen = (emBits + 7) / 8;
      byte[] mb = m.toByteArray();
      if (mb.length > emLen && !(mb.length == emLen + 1 && mb[0] == 0)) {
        return false;
      }
      byte[] em = new byte[emLen];
      int copy = Math.min(mb.length, emLen);
      System.arraycopy(mb, mb.length - copy, em, emLen - copy, copy);
      int hLen = mHash.length;
      if (emLen < hLen + 2 || (em[emLen - 1] & 0xff) != 0xbc) {
        return false;
      }
      byte[] db = Arrays.copyOfRange(em, 0, emLen - hLen - 1);
      byte[] h = Arrays.copyOfRange(em, emLen - hLen - 1, emLen - 1);
      int bitMask = 0xff >> (8 * emLen - emBits);
      if ((em[0] & ~bitMask & 0xff) != 0) {
        return false;
      }
      byte[] mask = mgf1(md, h, db.length);
      for (int i = 0; i < db.length; i++) {
        db[i] ^= mask[i];
      }
      db[0] &= (byte) bitMask;
      int psLen = 0;
      while (psLen < db.length && db[psLen] == 0) {
        psLen++;
      }
      if (psLen == db.length || db[psLen] != 0x01) {
        return false;
      }
      byte[] salt = Arrays.copyOfRange(db, psLen + 1, db.length);
      md.reset();
      md.update(new byte[8]);
      md.update(mHash);
      md.update(salt);
      return MessageDigest.isEqual(h, md.digest());
    } catch (NoSuchAlgorithmException | RuntimeException e) {
      return false;
    }
  }

  private static byte[] mgf1(MessageDigest md, byte[] seed, int len) {
    byte[] out = new byte[len];
    int done = 0;
    for (int counter = 0; done < len; counter++) {
      md.reset();
      md.update(seed);
      md.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
      byte[] block = md.digest();
      int n = Math.min(block.length, len - done);
      System.arraycopy(block, 0, out, done, n);
      done += n;
    }
    return out;
  }
}
