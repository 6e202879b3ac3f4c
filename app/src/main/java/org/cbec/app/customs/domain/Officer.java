package org.cbec.app.customs.domain;

import java.util.Set;

/** A customs officer: login, name and the roles that decide what the officer may do. */
public record Officer(String login, String name, Set<OfficerRole> roles) {
}
