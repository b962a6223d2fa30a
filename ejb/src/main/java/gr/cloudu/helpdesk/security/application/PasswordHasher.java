package gr.cloudu.helpdesk.security.application;

/** Turns a password into the hash the server's security realm verifies. */
public interface PasswordHasher {

    String hash(char[] password);
}
