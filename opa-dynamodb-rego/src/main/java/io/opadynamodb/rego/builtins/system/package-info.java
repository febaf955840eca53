/**
 * System built-ins, one family class per OPA {@code topdown} file: {@link
 * io.opadynamodb.rego.builtins.system.TimeBuiltins time.*} (Go layouts and durations ported from Go's
 * {@code time} package, zone abbreviations from the system tzdata), {@link
 * io.opadynamodb.rego.builtins.system.CryptoBuiltins crypto digests and HMACs}, {@link
 * io.opadynamodb.rego.builtins.system.X509Builtins crypto.x509.*} (Go's {@code x509.Certificate}
 * JSON shape), {@link io.opadynamodb.rego.builtins.system.JwtBuiltins io.jwt.*}, {@link
 * io.opadynamodb.rego.builtins.system.HttpSendBuiltin http.send}, {@link
 * io.opadynamodb.rego.builtins.system.RuntimeBuiltins opa.runtime}, {@link
 * io.opadynamodb.rego.builtins.system.RandBuiltins rand.intn}, {@link
 * io.opadynamodb.rego.builtins.system.AwsSignBuiltin providers.aws.sign_req} and {@link
 * io.opadynamodb.rego.builtins.system.NetLookupBuiltin net.lookup_ip_addr}.
 *
 * <p>The capabilities' {@code allow_net} list ({@code PolicySet.Builder.allowNet}) limits the hosts
 * of {@code http.send} and {@code net.lookup_ip_addr} ({@link
 * io.opadynamodb.rego.builtins.system.AllowNet}), redirect targets included ({@link
 * io.opadynamodb.rego.builtins.system.CheckedRedirects}).
 *
 * <p>Known differences from OPA: {@code http.send} cannot
 * override the {@code Host} header (a JDK restriction), has no unix-socket URLs and no
 * {@code caching_mode} distinction; x509 name-constraint fields are always empty.
 */
package io.opadynamodb.rego.builtins.system;
