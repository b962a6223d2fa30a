/** Engineers' assignments and their work log, spare-part visit requests and their approval, staff inboxes. */
package gr.cloudu.helpdesk.dispatch.domain;
