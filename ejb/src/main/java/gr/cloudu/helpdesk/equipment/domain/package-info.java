/** The maintained PBXs: where they stand, their identity and composition, and the changes made to them. */
package gr.cloudu.helpdesk.equipment.domain;
