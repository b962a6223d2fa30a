/** The machine page: identity, composition and history of one PBX. */
package gr.cloudu.helpdesk.equipment.web;
