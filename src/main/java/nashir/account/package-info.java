/**
 * Accounts kept in the database beside those of the configuration: added and connected in the
 * app ("Sign in with X"), their secrets encrypted at rest.
 */
package nashir.account;
