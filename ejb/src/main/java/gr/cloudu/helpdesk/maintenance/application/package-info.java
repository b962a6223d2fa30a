/** Planning, scheduling and recording preventive maintenance; producing the visits that fall due. */
package gr.cloudu.helpdesk.maintenance.application;
