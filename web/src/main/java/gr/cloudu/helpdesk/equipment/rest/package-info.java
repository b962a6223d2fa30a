/** The PBX inventory over REST: a machine's identity, composition and history. */
package gr.cloudu.helpdesk.equipment.rest;
