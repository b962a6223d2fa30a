/** Use cases of the PBX inventory: registering machines and reading their identity, composition and history. */
package gr.cloudu.helpdesk.equipment.application;
