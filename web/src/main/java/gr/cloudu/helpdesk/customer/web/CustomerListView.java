package gr.cloudu.helpdesk.customer.web;

import gr.cloudu.helpdesk.customer.application.CustomerOption;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.application.CustomerRegistryService;
import gr.cloudu.helpdesk.customer.application.CustomerView;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code customers/list.xhtml}: the customers, and registering a new one. */
@Named
@ViewScoped
public class CustomerListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerQueries customers;

    @Inject
    private CustomerRegistryService registry;

    private List<CustomerOption> rows;
    private String code;
    private String name;
    private String language = "el";

    public List<CustomerOption> getRows() {
        if (rows == null) {
            rows = customers.options();
        }
        return rows;
    }

    public String register() {
        try {
            CustomerView created = registry.register(code, name, language);
            FacesFeedback.done("customers.registered", created.code());
            return "/customers/detail?faces-redirect=true&code=" + created.code();
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("code", "register:code", "name", "register:name"));
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
