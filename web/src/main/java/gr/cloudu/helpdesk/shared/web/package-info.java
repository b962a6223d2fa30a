/** The pages' frame: the signed-in user, language, error pages and the way business refusals are shown. */
package gr.cloudu.helpdesk.shared.web;
