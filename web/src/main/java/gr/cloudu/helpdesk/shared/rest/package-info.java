/** The REST API's frame: its root, authentication answer, error bodies and health. */
package gr.cloudu.helpdesk.shared.rest;
