package gr.cloudu.helpdesk.it;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Master data for one test, created through the API as an administrator would: a customer with a
 * contract, a registered PBX, an authorised contact, an unauthorised one, and users of each kind. Codes
 * are unique per run, so tests never depend on each other or on earlier runs against the same database.
 */
public final class Fixtures {

    public static final String PASSWORD = "it-password-123";

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String customer = "IT-" + suffix;
    public final String contract = "CT-" + suffix;
    public final String equipment = "PBX-" + suffix;
    /** A fax number of this fixture's authorised contact only, so the fax gateway finds exactly one. */
    public final String reporterFax = "+3021" + String.format("%08d", Math.floorMod(suffix.hashCode(), 100_000_000));
    public final String reporterEmail = "reporter-" + suffix + "@customer.example.gr";
    public final String unauthorisedEmail = "clerk-" + suffix + "@customer.example.gr";
    public final String agent = "agent-" + suffix;
    public final String engineer = "engineer-" + suffix;
    public final String engineerEmail = "engineer-" + suffix + "@cloud-u.gr";
    /** An engineer of no team of this fixture's supervisor: outside the supervisor's and the first engineer's reach. */
    public final String otherEngineer = "engineer2-" + suffix;
    /** Leads the Technical Support Team, where {@link #engineer} works. */
    public final String supervisor = "supervisor-" + suffix;
    public final String manager = "manager-" + suffix;
    public final String customerUser = "cust-" + suffix;
    public final String apiUser = "api-" + suffix;

    public static Fixtures create() {
        Fixtures f = new Fixtures();
        Api admin = Api.admin();
        expectCreated(admin.post("/customers", "{\"code\":\"" + f.customer + "\",\"name\":\"Πελάτης δοκιμής " + f.suffix + "\"}"));
        expectCreated(admin.post("/customers/" + f.customer + "/contacts", """
                {"name":"Γιώργος Δοκιμαστικός","email":"%s","fax":"%s","phone":"+302100000000",
                 "capacity":"Τεχνικός τηλεπικοινωνιών","unit":"Τεχνική Υπηρεσία","authorised":true,"level":"I"}
                """.formatted(f.reporterEmail, f.reporterFax)));
        expectCreated(admin.post("/customers/" + f.customer + "/contacts", """
                {"name":"Υπάλληλος Χωρίς Εξουσιοδότηση","email":"%s","capacity":"Γραμματεία","unit":"Λογιστήριο",
                 "authorised":false}
                """.formatted(f.unauthorisedEmail)));
        expectCreated(admin.post("/customers/" + f.customer + "/contracts", """
                {"code":"%s","signedOn":"2026-02-15","terms":[
                  {"severity":"CRITICAL","clock":"ALWAYS","responseHours":1,"onSiteHours":4,"restoreHours":8,"updateEveryHours":2},
                  {"severity":"MAJOR","clock":"BUSINESS","responseHours":2,"onSiteHours":8,"restoreHours":16,"updateEveryHours":4},
                  {"severity":"MINOR","clock":"BUSINESS","responseHours":8,"restoreHours":40,"updateEveryHours":16}]}
                """.formatted(f.contract)));
        expectCreated(admin.post("/customers/" + f.customer + "/equipment", """
                {"serial":"%s","vendor":"Unify","model":"OpenScape 4000","softwareRelease":"V10 R1.34","site":"Κεντρικό κτίριο, Αθήνα",
                 "contract":"%s","modules":[
                  {"slot":"1-1","partNumber":"S30810-Q2216-X","serial":"LT%s1","description":"SLMO24 subscriber line module"},
                  {"slot":"1-2","partNumber":"S30810-Q2217-X","serial":"LT%s2","description":"STMI4 IP gateway"}]}
                """.formatted(f.equipment, f.contract, f.suffix, f.suffix)));
        f.user(f.agent, "AGENT", null, null);
        f.user(f.engineer, "ENGINEER", null, f.engineerEmail);
        f.user(f.otherEngineer, "ENGINEER", null, null);
        f.user(f.supervisor, "SUPERVISOR", null, null);
        f.user(f.manager, "MANAGER", null, null);
        f.user(f.customerUser, "CUSTOMER", f.customer, f.reporterEmail);
        f.user(f.apiUser, "API", f.customer, null);
        return f;
    }

    private void user(String username, String role, String customerCode, String email) {
        expectCreated(Api.admin().post("/users", """
                {"username":"%s","password":"%s","fullName":"User %s","email":%s,"roles":["%s"],"customer":%s}
                """.formatted(username, PASSWORD, username, email == null ? "null" : "\"" + email + "\"", role,
                customerCode == null ? "null" : "\"" + customerCode + "\"")));
    }

    public Api as(String username) {
        return Api.as(username, PASSWORD);
    }

    public String faultReport(String subject) {
        return """
                {"customer":"%s","reporterEmail":"%s","equipmentSerial":"%s","severity":"MAJOR",
                 "subject":"%s","description":"Δεν υπάρχει τόνος στις εξωτερικές γραμμές."}
                """.formatted(customer, reporterEmail, equipment, subject);
    }

    private static void expectCreated(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
}
