package io.opadynamodb.sample.web;

/**
 * A virtual machine to create.
 *
 * @param name its name
 * @param image the image it boots, e.g. registry.internal/ubuntu:24.04
 * @param cpus how many cpus it gets
 */
public record Vm(String name, String image, int cpus) {}
