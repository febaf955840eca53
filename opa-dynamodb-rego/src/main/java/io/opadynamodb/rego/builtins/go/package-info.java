/**
 * Ports of Go standard-library behaviour that several built-in families share (base64 decoding,
 * durations), kept in one place so every family reads and reports them the same way OPA does.
 */
package io.opadynamodb.rego.builtins.go;
