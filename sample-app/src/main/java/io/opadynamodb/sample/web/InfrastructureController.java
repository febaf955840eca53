package io.opadynamodb.sample.web;

import io.opadynamodb.spring.PolicyCheck;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cloud resources, each kind decided by its team's policies (dynamic composition): the router evaluates
 * {@code deny} in every package under {@code policies.compute}, {@code policies.storage} or
 * {@code policies.network}, and any message denies.
 */
@RestController
public class InfrastructureController {

  @PolicyCheck(value = "compute.deny", resource = "#vm", resourceType = "vm")
  @PostMapping("/compute/vms")
  @ResponseStatus(HttpStatus.CREATED)
  public Vm createVm(@RequestBody Vm vm) {
    return vm;
  }

  @PolicyCheck(value = "storage.deny", resource = "#bucket", resourceType = "bucket")
  @PostMapping("/storage/buckets")
  @ResponseStatus(HttpStatus.CREATED)
  public Bucket createBucket(@RequestBody Bucket bucket) {
    return bucket;
  }

  @PolicyCheck(value = "network.deny", resource = "#rule", resourceType = "firewall-rule")
  @PostMapping("/network/firewall-rules")
  @ResponseStatus(HttpStatus.CREATED)
  public FirewallRule createFirewallRule(@RequestBody FirewallRule rule) {
    return rule;
  }
}
