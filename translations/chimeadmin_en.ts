<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Chime Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Chime Admin %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks up, inspects and administers the users and accounts of Amazon Chime. Free software under the MIT License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none kept in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard error; started from the desktop, the session&apos;s journal (journalctl --user). QT_LOGGING_RULES=&quot;chimeadmin.*.debug=true&quot; adds every request, its secrets redacted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountAct</name>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account now holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountChangeDialog</name>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>account name (type)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read (%1); the change is recorded with its value before not known, and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account holds this already: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) gives back what it holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the change could not be started (see the window&apos;s message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an earlier change of this account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost; reading the account back… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;license…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set default license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save meeting settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;delegate groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in delegate groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat re&amp;tention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDeletionAct</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted (disabled for 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is deleted; the service keeps it disabled for 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDeletionEditor</name>
    <message>
        <source>The account is disabled at once and deleted after 90 days. Its users can no longer sign in, and this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service deletes an Enterprise account only once its domains are released (in the Amazon Chime console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend them first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the account&apos;s name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) of this account are not suspended.</source>
        <translation>
            <numerusform>%Ln user of this account is not suspended.</numerusform>
            <numerusform>%Ln users of this account are not suspended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln user(s) of this account are not suspended (not every user is loaded).</source>
        <translation>
            <numerusform>At least %Ln user of this account is not suspended (not every user is loaded).</numerusform>
            <numerusform>At least %Ln users of this account are not suspended (not every user is loaded).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The service refuses to delete an account until every user is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the account&apos;s name exactly to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDetailsPanel</name>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default license:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported licenses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in delegate groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License mix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote control %1; dial-out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise accounts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms: %1; conversations: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License mix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountNameAct</name>
    <message>
        <source>An account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountNameEditor</name>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>%1
Account id: %2
Type: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>Start a local Chime emulator with sample accounts and use it; no AWS account is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests to this endpoint instead of the AWS one (plain http only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS region to resolve the endpoint from (default us-east-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and formats to use, e.g. de or en_GB (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo uses its own local endpoint; leave out --endpoint-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile: one of the program&apos;s own, or of the AWS CLI (~/.aws). An unknown name is an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo uses its own demo credentials; leave out --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print how many milliseconds passed from the start of the process to the main window&apos;s first appearance on screen, then quit (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the snapshots kept on this computer, read-only, without asking the service anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up, inspect and administer the accounts and users of Amazon Chime.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Export archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the snapshots kept on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest complete snapshot of each account checked is written to a new folder: a CSV file per table, the same as JSON, a README.txt saying what each column is, and a copy of the snapshot database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshots could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 users, as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has a complete snapshot yet: one is kept each time an account&apos;s users are loaded to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the archive to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was not written: %1 Nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignNumberCommand</name>
    <message>
        <source>Assign &amp;phone number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number, in E.164 form (such as +12065550100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the phone number to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number goes to one user: select only the user who is to have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user already has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes the primary phone number of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to the selected user of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number in E.164 form: a + and 2 to 15 digits, the first not 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) recorded.</source>
        <translation>
            <numerusform>%Ln change recorded.</numerusform>
            <numerusform>%Ln changes recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line(s) %1 of the journal could not be read and were skipped.</source>
        <translation>
            <numerusform>Line %1 of the journal could not be read and was skipped.</numerusform>
            <numerusform>Lines %1 of the journal could not be read and were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime Admin audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln change(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln change to %1.</numerusform>
            <numerusform>Wrote %Ln changes to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview giving the users of this change their previous value back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this change was applied: there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>account name (id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error code: message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by reading back after the program was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsConfigFiles</name>
    <message>
        <source>%1: more problems were found and not listed; the first %2 are above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; characters that could not be decoded were replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: section [DEFAULT] is not the default profile; its settings apply to every section of the file. The default profile is [default].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: section [%2] names a profile called &quot;%2&quot;; the credentials file names profiles without the word profile, as in [%3].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: section [%2] does not name one profile (write [profile name], with quotes around a name that has spaces); it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: section [%2] is not a profile and was ignored; in the config file a profile section is [profile %2] (only [default] may leave out the word profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sections [%2] and [%3] both define profile &quot;%4&quot;; only [%3] is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in section [%2], %3 has indented settings instead of a value; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has an access key ID but no secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has a secret access key but no access key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; gets its credentials with a web identity token (web_identity_token_file), which Chime Admin does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; assumes a role (role_arn), which Chime Admin does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; signs in through IAM Identity Center (SSO), which Chime Admin does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; gets its credentials from a program (credential_process), which Chime Admin does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file begins with a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 begins with a byte order mark (saved as &quot;UTF-8 with BOM&quot;), which the AWS CLI cannot read; save it as plain UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indented line under %1 is not &quot;key = value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the indented line under %3 is not &quot;key = value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section [%1] appears a second time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: section [%3] appears a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setting comes before the first [section]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a setting comes before the first [section].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not a [section], a setting (key = value) or a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the line is not a [section], a setting (key = value) or a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setting has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a setting has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears a second time in section [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 appears a second time in section [%4].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has both aws_security_token and aws_session_token, with different values; aws_security_token is used, as the AWS CLI does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 has indented settings instead of a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 goes on over an indented line below it, so its value holds a line break. Join the lines or remove the indentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS CLI cannot read %1 (%2), so it uses no profile until the file is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS CLI cannot read %1 (line %2: %3), so it uses no profile until the file is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchAnswers</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reported an error for a user it did not name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeAct</name>
    <message>
        <source>The user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send no more users; those already sent still settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select failed users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the users whose change failed, was cancelled or could not be confirmed, to try them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every user changed here its value from before, unless it was changed again since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading what %Ln user(s) hold now…</source>
        <translation>
            <numerusform>Reading what %Ln user holds now…</numerusform>
            <numerusform>Reading what %Ln users hold now…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) could not be read (%1): what they hold now is not known.</source>
        <translation>
            <numerusform>%Ln user could not be read (%1): what it holds now is not known.</numerusform>
            <numerusform>%Ln users could not be read (%1): what they hold now is not known.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who changes: each user now and after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeEngine</name>
    <message>
        <source>This window could not start its session in the program&apos;s data folder, so it sends no change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Cannot create the folder %1 for the change journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the change journal %1: another running program keeps it locked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the change journal %1: its lock file %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the change journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the change journal %1 readable by its owner only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the change journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the change journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the change journal %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeResultsView</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1. Failed: %2. Not applied: %3. Could not be confirmed: %4. Cancelled: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the journal could not be written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users settled; %3 being checked. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines (all when none is selected), with the whole messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRun</name>
    <message>
        <source>Not sent: the journal could not be written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be confirmed: no usable answer (%1), and the user&apos;s record does not show whether it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is no longer in the account; on a Team account a suspension takes users out of it, so this may be the change itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable answer (%1); reading back what the service holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost; reading back showed it applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost; reading back showed it not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the service now holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be confirmed: the answer was lost and reading back failed too (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChimeCall</name>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChimeEmulator</name>
    <message>
        <source>Cannot read the state file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state file %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the state file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChimeEndpoint</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid http(s) URL without user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; uses plain http to a host that is not this computer; use https so credentials and data are encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS region this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChimeError</name>
    <message>
        <source>The request was invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (throttled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings are not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was refused because your computer&apos;s clock is %Ln minute(s) %2 compared with the service&apos;s. Set the clock right (or turn on automatic time) and try again.</source>
        <translation>
            <numerusform>%1 was refused because your computer&apos;s clock is %Ln minute %2 compared with the service&apos;s. Set the clock right (or turn on automatic time) and try again.</numerusform>
            <numerusform>%1 was refused because your computer&apos;s clock is %Ln minutes %2 compared with the service&apos;s. Set the clock right (or turn on automatic time) and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>after %Ln attempt(s)</source>
        <translation>
            <numerusform>after %Ln attempt</numerusform>
            <numerusform>after %Ln attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the secret access key belongs to this access key id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not know this access key id or session token; check the credentials in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token has expired; get new temporary credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reached the service unsigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials may lack the IAM permission for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible in the current state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareSnapshotsDialog</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the snapshots kept on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, email, member or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshots could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has a complete snapshot yet: one is kept each time an account&apos;s users are loaded to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two snapshots and Compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has one complete snapshot so far: another is kept the next time its users are loaded to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading both snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: both snapshots hold the same %1 users with the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 removed, %3 changed (%Ln value(s)).</source>
        <translation>
            <numerusform>%1 added, %2 removed, %3 changed (%Ln value).</numerusform>
            <numerusform>%1 added, %2 removed, %3 changed (%Ln values).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln difference(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln difference to %1.</numerusform>
            <numerusform>Wrote %Ln differences to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>Started with --offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS CLI files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (local emulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (asked for by %2): neither among this program&apos;s profiles nor in the AWS CLI files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY variables are not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 is no longer in the AWS CLI files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of profile %1 could not be read from the %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>Create a user in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new user&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be created as a new user of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one email address, and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a control character (a line break or tab, perhaps pasted along); it is not used. Enter it again without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. a private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form from a profile of the AWS CLI (~/.aws) or from the environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AWS CLI profiles or AWS_* variables found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret in memory until the program closes; nothing is written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for the keychain; nothing was changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only: nothing is written to disk, and they are gone when the program closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for temporary credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored — leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored — leave empty to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1. Save to keep it as a profile of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key id (it has no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain — it may ask to be unlocked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is reachable (%1), so the secret cannot be stored safely. It is never written to a file: you can keep it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again, or keep the secret for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile %1 and its secrets from the %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 and its secrets were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key is only spaces: enter the key itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the AWS CLI files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that is not quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text after a quoted field&apos;s closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>%1 stays in %2: %3 is there already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultLicenseEditor</name>
    <message>
        <source>New default &amp;license:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account names no license it supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a license.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegateGroupsAct</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in delegate groups are for Active Directory accounts only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegateGroupsEditor</name>
    <message>
        <source>&amp;Groups, one name a line:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsValue</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise (Active Directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise (Login with Amazon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise (OpenID Connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailList</name>
    <message>
        <source>No email address on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than the %1 characters an address may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an email address (name@domain.example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same address as line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a user of this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmulatorCommandLine</name>
    <message>
        <source>A local Amazon Chime account and user API that verifies SigV4 signatures, for demo mode, tests, and the AWS CLI (--endpoint-url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1). Anything but loopback needs --allow-remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow listening on an address that is not loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the generated data and the injected faults (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of accounts to generate (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users per account, one number or a comma-separated list cycled over the accounts (default 8,150,1200,3000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file to load the data from (if it exists) and to save every change to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of requests (0 to 1) answered with an error from --fail-codes (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP statuses of the injected errors (default 429,500,503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay before every answer, in milliseconds (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of requests (0 to 1) whose connection is closed mid-answer, after the operation took effect (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key id to accept instead of the demo key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key of --access-key-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token that --access-key-id must send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host needs an IP address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host %1 is not a loopback address; add --allow-remote to expose the emulator to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a non-negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accounts needs a number from 0 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--users needs numbers from 0 to 1000000, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-codes needs HTTP statuses from 400 to 599.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency-ms needs a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-rate needs a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drop-rate needs a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--access-key-id and --secret-access-key go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests a second each operation answers; the rest get 429 ThrottledClientException with Retry-After (default 0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-limit needs a number of requests a second from 0 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message, with its request id, to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import changes into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a column &quot;email&quot; or &quot;user_id&quot;, and any of &quot;license&quot;, &quot;user_type&quot;, &quot;suspended&quot; (yes or no), &quot;inbound_calling&quot;, &quot;outbound_calling&quot; and &quot;sms&quot;. Nothing is sent until you apply the plan shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: too large for a list of users to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching the rows to the users of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching the rows to the users of %1… %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply to %Ln user(s)</source>
        <translation>
            <numerusform>Apply to %Ln user</numerusform>
            <numerusform>Apply to %Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending… %1 applied, %2 refused, %3 on their way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 applied, %2 refused by the service, %3 not applied or not confirmed. Each change is in the audit log (View → Audit log), where it can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that change a user: %1; that change nothing: %2; that cannot apply: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, row by row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds it already: nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header line but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs a column &quot;email&quot; or &quot;user_id&quot; in its first line to say whom each row is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names no column to change: license, user_type, suspended, inbound_calling, outbound_calling or sms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has %1 cells; the header line has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell &quot;%1&quot; holds a formula; type the value itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License &quot;%1&quot; is not one this account supports (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User type &quot;%1&quot; is neither PrivateUser nor SharedDevice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;suspended&quot; is yes or no, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is yes or no, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks for no change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user of this account has this email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user of this account has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its telephony settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1 are all for this user: keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteAct</name>
    <message>
        <source>Only Team accounts invite users by email; %1 is an account of type %2. Create the user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not invite this address (invitation failed; email: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited; the invitation email was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited, but the invitation email was not sent (%1): tell the person another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer gives no invite status this program knows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite users to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses to invite: one a line, or CSV with an email column. Each gets an invitation email to join the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ana@example.com
Ben Ortiz &lt;ben@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a list of addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address lists (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than a list of addresses can be (1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type the addresses to invite, or open a file of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) will be invited.</source>
        <translation>
            <numerusform>%Ln address will be invited.</numerusform>
            <numerusform>%Ln addresses will be invited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) cannot be sent and are left out: see why below.</source>
        <translation>
            <numerusform>%Ln line cannot be sent and is left out: see why below.</numerusform>
            <numerusform>%Ln lines cannot be sent and are left out: see why below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invite %Ln address(es)</source>
        <translation>
            <numerusform>Invite %Ln address</numerusform>
            <numerusform>Invite %Ln addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send an invitation email to %Ln address(es) to join %1? An invitation cannot be taken back here.</source>
        <translation>
            <numerusform>Send an invitation email to %Ln address to join %1? An invitation cannot be taken back here.</numerusform>
            <numerusform>Send an invitation email to %Ln addresses to join %1? An invitation cannot be taken back here.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalSessions</name>
    <message>
        <source>Cannot create the sessions folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the session lock file %1: no permission to write in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the session lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter commands and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command or key matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pane, previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the user&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every user shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a license being edited as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseCommand</name>
    <message>
        <source>Change license</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New license for the %Ln selected user(s):</source>
        <translation>
            <numerusform>New license for the %Ln selected user:</numerusform>
            <numerusform>New license for the %Ln selected users:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the license these users are to have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln user(s) to %1</source>
        <translation>
            <numerusform>Change %Ln user to %1</numerusform>
            <numerusform>Change %Ln users to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the license of %Ln user(s) of %1 to %2?</source>
        <translation>
            <numerusform>Change the license of %Ln user of %1 to %2?</numerusform>
            <numerusform>Change the license of %Ln users of %1 to %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;license of selected users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 users will change to %3; %Ln already hold(s) it.</source>
        <translation>
            <numerusform>%1 of %2 users will change to %3; %Ln already holds it.</numerusform>
            <numerusform>%1 of %2 users will change to %3; %Ln already hold it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseMixWidget</name>
    <message>
        <source>Licenses of the users loaded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of the %Ln user(s) loaded so far</source>
        <translation>
            <numerusform>Of the %Ln user loaded so far</numerusform>
            <numerusform>Of the %Ln users loaded so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicenseOverviewDialog</name>
    <message>
        <source>License overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counting the users of %Ln account(s), page by page…</source>
        <translation>
            <numerusform>Counting the users of %Ln account, page by page…</numerusform>
            <numerusform>Counting the users of %Ln accounts, page by page…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The users of the %Ln account(s) listed, by license.</source>
        <translation>
            <numerusform>The users of the %Ln account listed, by license.</numerusform>
            <numerusform>The users of the %Ln accounts listed, by license.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users by license, account by account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseTotalsModel</name>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 accounts counted whole</source>
        <translation>
            <numerusform>%Ln of %1 accounts counted whole</numerusform>
            <numerusform>%Ln of %1 accounts counted whole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %Ln user(s) loaded so far</source>
        <translation>
            <numerusform>Of the %Ln user loaded so far</numerusform>
            <numerusform>Of the %Ln users loaded so far</numerusform>
        </translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoutAct</name>
    <message>
        <source>Signed out everywhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Sign &amp;out selected users everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign users out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign %Ln user(s) out of every Amazon Chime client.</source>
        <translation>
            <numerusform>Sign %Ln user out of every Amazon Chime client.</numerusform>
            <numerusform>Sign %Ln users out of every Amazon Chime client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %Ln user(s)</source>
        <translation>
            <numerusform>Sign out %Ln user</numerusform>
            <numerusform>Sign out %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %Ln user(s) of %1 out of every Amazon Chime client?</source>
        <translation>
            <numerusform>Sign %Ln user of %1 out of every Amazon Chime client?</numerusform>
            <numerusform>Sign %Ln users of %1 out of every Amazon Chime client?</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out cannot be undone. The users can sign in again at once; to keep them out, suspend them instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chime Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only users with this license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only users of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only users with this registration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any user type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export visible users as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was found but the current filters hide them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users… %1 loaded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) loaded</source>
        <translation>
            <numerusform>%Ln user loaded</numerusform>
            <numerusform>%Ln users loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users loaded; more on the server (scroll down or Load all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln user to %1</numerusform>
            <numerusform>Exported %Ln users to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more users first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials are in use yet. Add a profile, or import one of your AWS CLI profiles, in the Credentials dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which credentials to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change, import or delete profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain — it may ask to be unlocked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview giving the users of the newest change their previous value back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change journal could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are still being sent to the service. Close anyway? The journal keeps them: the next start reads their users back and says how they ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln user(s) of changes interrupted in an earlier session…</source>
        <translation>
            <numerusform>Checking %Ln user of changes interrupted in an earlier session…</numerusform>
            <numerusform>Checking %Ln users of changes interrupted in an earlier session…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AWS CLI files: %Ln problem(s)</source>
        <translation>
            <numerusform>AWS CLI files: %Ln problem</numerusform>
            <numerusform>AWS CLI files: %Ln problems</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS CLI files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the AWS CLI files found these problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable user(s) not listed</source>
        <translation>
            <numerusform>%Ln unreadable user not listed</numerusform>
            <numerusform>%Ln unreadable users not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable account(s) not listed</source>
        <translation>
            <numerusform>%Ln unreadable account not listed</numerusform>
            <numerusform>%Ln unreadable accounts not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of %1 (%2) was not made. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the change of %1 (%2) was made could not be confirmed. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or part of one filters the users of this account loaded so far. An email and Enter asks the service: this account first, then every account. The service cannot search names across accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking %1 up in every account failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 in every account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2; looking in every account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account holds a user with the email %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a user of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2, which the account list has not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License &amp;overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot could not be written (%1); listings are not kept until the program is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) in flight</source>
        <translation>
            <numerusform>%Ln change in flight</numerusform>
            <numerusform>%Ln changes in flight</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: %1 No snapshots are kept here, so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1 No account has a complete snapshot on this computer yet, so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1 Showing the snapshots kept on this computer, read-only: nothing can be changed until the service answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1 users of the snapshot of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming the snapshot with the service… %1 of %2 users confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in an account between two of its snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots are kept in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept in the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the accounts&apos; latest snapshots to a folder, as CSV, JSON and SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a spreadsheet (email, license, …) to the selected account, after a dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Chime Admin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More commands of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the search, filters, sort and columns under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change in the journal has applied to any user yet: there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>User (the current one of %Ln selected)</source>
        <translation>
            <numerusform>User (the current one of %Ln selected)</numerusform>
            <numerusform>User (the current one of %Ln selected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingSettingsAct</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote control off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote control on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dial-out on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dial-out off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSettingsEditor</name>
    <message>
        <source>Turn off &amp;remote control of shared screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let meetings &amp;dial out to telephones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No secret is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory, this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountAct</name>
    <message>
        <source>No such account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 exists now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service makes it a Team account, under the AWS account of the credentials in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account of this name exists already: give the new one a name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserAct</name>
    <message>
        <source>Not in the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUsersCommands</name>
    <message>
        <source>&amp;Invite users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people to this team by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create user…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUsersDialog</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send no more addresses; those already sent still settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try failed ones again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the input with those that failed, were cancelled or could not be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message>
        <source>The service sent %1 items in a page of at most %2; the listing was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent %1 empty pages in a row, each saying more would follow; the listing was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent a page token it had sent before, so the listing would never end; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumberAct</name>
    <message>
        <source>No number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinResetAct</name>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinResetCommand</name>
    <message>
        <source>Reset meeting PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln user(s) a new personal meeting PIN.</source>
        <translation>
            <numerusform>Give %Ln user a new personal meeting PIN.</numerusform>
            <numerusform>Give %Ln users a new personal meeting PIN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the PIN of %Ln user(s)</source>
        <translation>
            <numerusform>Reset the PIN of %Ln user</numerusform>
            <numerusform>Reset the PIN of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln user(s) of %1 a new personal meeting PIN?</source>
        <translation>
            <numerusform>Give %Ln user of %1 a new personal meeting PIN?</numerusform>
            <numerusform>Give %Ln users of %1 a new personal meeting PIN?</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN reset cannot be undone. Meetings the users scheduled with their old PIN must be updated with the new one, which the user panel shows (masked) once it is reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;meeting PIN of selected users…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message numerus="yes">
        <source>%Ln interrupted change(s) were made with other credentials and will be checked when those are in use: %1.</source>
        <translation>
            <numerusform>%Ln interrupted change was made with other credentials and will be checked when those are in use: %1.</numerusform>
            <numerusform>%Ln interrupted changes were made with other credentials and will be checked when those are in use: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) now hold %1</source>
        <translation>
            <numerusform>%Ln user now holds %1</numerusform>
            <numerusform>%Ln users now hold %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) still hold %1</source>
        <translation>
            <numerusform>%Ln user still holds %1</numerusform>
            <numerusform>%Ln users still hold %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) no longer exist</source>
        <translation>
            <numerusform>%Ln user no longer exists</numerusform>
            <numerusform>%Ln users no longer exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) could not be checked yet</source>
        <translation>
            <numerusform>%Ln user could not be checked yet</numerusform>
            <numerusform>%Ln users could not be checked yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) from the last session were interrupted: %1.</source>
        <translation>
            <numerusform>%Ln change from the last session was interrupted: %1.</numerusform>
            <numerusform>%Ln changes from the last session were interrupted: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) of a log-out or PIN reset cannot be checked and are left unconfirmed</source>
        <translation>
            <numerusform>%Ln user of a log-out or PIN reset cannot be checked and is left unconfirmed</numerusform>
            <numerusform>%Ln users of a log-out or PIN reset cannot be checked and are left unconfirmed</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted; reading back cannot show whether it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; reading back showed it applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; reading back showed it not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveNumberCommand</name>
    <message>
        <source>Remove phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Take the phone number away from %Ln user(s).</source>
        <translation>
            <numerusform>Take the phone number away from %Ln user.</numerusform>
            <numerusform>Take the phone number away from %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected users have no number and are left as they are.</source>
        <translation>
            <numerusform>%Ln of the selected users has no number and is left as it is.</numerusform>
            <numerusform>%Ln of the selected users have no number and are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the number of %Ln user(s)</source>
        <translation>
            <numerusform>Remove the number of %Ln user</numerusform>
            <numerusform>Remove the number of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the phone number away from %Ln user(s) of %1? Calls to it no longer reach them.</source>
        <translation>
            <numerusform>Take the phone number away from %Ln user of %1? Calls to it no longer reach the user.</numerusform>
            <numerusform>Take the phone number away from %Ln users of %1? Calls to them no longer reach them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove phone &amp;number of selected users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected users has a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionAct</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms %1, conversations %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat retention is for Enterprise accounts only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionEditor</name>
    <message>
        <source>Delete &amp;room messages after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;conversation messages after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <source>Only for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 with this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search, the filters, the sort and the columns, as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view named %1 exists; saving replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>Vie&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open %1 with no view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (every account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — opens this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretScrubber</name>
    <message>
        <source>(The service quoted the signed request; it is left out because it carries credentials.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedRequestFactory</name>
    <message>
        <source>No credentials are set: choose a profile or enter an access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for &quot;%1&quot; cannot be sent as signed: an id of &quot;.&quot; or &quot;..&quot; would address another resource.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotArchive</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime Admin archive
===================

Snapshots of Amazon Chime accounts as Chime Admin listed them: each account as listed, and
every user of the listing. Times are ISO 8601 in UTC; an empty cell is a value the service
did not give (or, for settings, did not read). Enum values are the service&apos;s wire names.
A cell that starts with =, +, - or @ (a phone number, say) is written with a leading
apostrophe, so that spreadsheets do not run it as a formula; archive.json and
snapshots.sqlite hold every value as it is.

accounts.csv: one row per account.
  account_id, name, aws_account_id, account_type (Team, EnterpriseDirectory, EnterpriseLWA,
  EnterpriseOIDC), account_status (Active, Suspended), created_at, default_license,
  supported_licenses (;-separated), signin_delegate_groups (;-separated group names),
  snapshot_taken_at (when the listing began), snapshot_finished_at (when its last page
  arrived), user_count.

users.csv: one row per user.
  account_id, user_id, email, display_name, license (Basic, Plus, Pro, ProTrial), user_type
  (PrivateUser, SharedDevice), registration_status (Unregistered, Registered, Suspended),
  invitation_status (Pending, Accepted, Failed), registered_on, invited_on, phone_number,
  alexa_for_business_enabled (true/false), alexa_for_business_room_arn.

user-settings.csv: the telephony settings of the users whose settings were read.
  account_id, user_id, inbound_calling, outbound_calling, sms (true/false).

account-settings.csv: one row per account.
  account_id, disable_remote_control, enable_dial_out (true/false), room_retention_days,
  conversation_retention_days (1-5475; empty: messages are kept, or not read).

archive.json: the same, one object per account with its settings and users.

snapshots.sqlite: a Chime Admin snapshot database holding just these snapshots (Chime Admin
  opens it; it keeps the users in pages of a compact binary form, which users.csv and
  archive.json spell out).

Personal meeting PINs are never kept.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotComparison</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alexa for Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDatabase</name>
    <message>
        <source>The snapshot database %1 is locked by another program. Close it (or the other Chime Admin) and start again; until then, only live data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot database %1 is damaged (%2). Move it aside to keep it, or delete it, and start again: a new one is made. Until then, only live data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot database %1 cannot be used (%2); only live data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot database %1 was written by a newer Chime Admin (schema %2; this one knows up to %3). Use the newer program, or move the file aside to start a new one; until then, only live data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot has no such listing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDiffModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotNote</name>
    <message>
        <source>Shown from the snapshot of %1: %2 of %3 users confirmed by the service so far. Rows in italics are not confirmed yet and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The service no longer has %Ln user(s) of the snapshot; their rows are removed.</source>
        <translation>
            <numerusform>The service no longer has %Ln user of the snapshot; their rows are removed.</numerusform>
            <numerusform>The service no longer has %Ln users of the snapshot; their rows are removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the snapshot of %1, %2 users, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortByMenu</name>
    <message>
        <source>&amp;Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by %1, &amp;ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by %1, &amp;descending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspendCommand</name>
    <message>
        <source>&amp;Suspend selected users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln user(s).</source>
        <translation>
            <numerusform>Suspend %Ln user.</numerusform>
            <numerusform>Suspend %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected users are already suspended and are left as they are.</source>
        <translation>
            <numerusform>%Ln of the selected users is already suspended and is left as it is.</numerusform>
            <numerusform>%Ln of the selected users are already suspended and are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln user(s)</source>
        <translation>
            <numerusform>Suspend %Ln user</numerusform>
            <numerusform>Suspend %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %Ln user(s) of %1?</source>
        <translation>
            <numerusform>Suspend %Ln user of %1?</numerusform>
            <numerusform>Suspend %Ln users of %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>On a Team account, suspended users leave the team and go on as free users; only inviting them again brings them back. Undo cannot lift this suspension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended users are signed out at once and cannot sign in until their suspension is lifted (Unsuspend, or Undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 and %2 accounts can suspend users; %3 is an account of type %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspensionAct</name>
    <message>
        <source>Only an %1 account can lift a suspension; on this account, invite the users again instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelephonyAct</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in %1, out %2; SMS %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelephonyCommand</name>
    <message>
        <source>&amp;Telephony settings of selected users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephony settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Telephony settings for the %Ln selected user(s):</source>
        <translation>
            <numerusform>Telephony settings for the %Ln selected user:</numerusform>
            <numerusform>Telephony settings for the %Ln selected users:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the telephony settings these users are to have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users will change to: %3. %4 have these settings already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change telephony of %Ln user(s)</source>
        <translation>
            <numerusform>Change telephony of %Ln user</numerusform>
            <numerusform>Change telephony of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the telephony settings of %Ln user(s) of %1 to: %2?</source>
        <translation>
            <numerusform>Change the telephony settings of %Ln user of %1 to: %2?</numerusform>
            <numerusform>Change the telephony settings of %Ln users of %1 to: %2?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Reading the users of the change back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left as they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo the change of %1 in %2: %Ln user(s) get their previous value back.</source>
        <translation>
            <numerusform>Undo the change of %1 in %2: %Ln user gets their previous value back.</numerusform>
            <numerusform>Undo the change of %1 in %2: %Ln users get their previous value back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) changed since or could not be read and are left as they are.</source>
        <translation>
            <numerusform>%Ln user changed since or could not be read and is left as it is.</numerusform>
            <numerusform>%Ln users changed since or could not be read and are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo for %Ln user(s)</source>
        <translation>
            <numerusform>Undo for %Ln user</numerusform>
            <numerusform>Undo for %Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials or the endpoint changed since this preview was read; open the undo again to check the users with the ones in use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the change of %1 to the account %2: it gets its previous value back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 changed since %2 or could not be read: it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users the undo changes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users the undo leaves alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoPlanner</name>
    <message>
        <source>The journal has no record of this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change in the journal applied to any user: there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of change cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was made at %1; connect to that endpoint to undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this change was applied: there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since: now holds %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since, by the change of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it held before the change is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be read to see whether this change can be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreadableSummary</name>
    <message numerus="yes">
        <source>%Ln user(s) of this account could not be read and are not listed: %1</source>
        <translation>
            <numerusform>%Ln user of this account could not be read and is not listed: %1</numerusform>
            <numerusform>%Ln users of this account could not be read and are not listed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) could not be read and are not listed: %1</source>
        <translation>
            <numerusform>%Ln account could not be read and is not listed: %1</numerusform>
            <numerusform>%Ln accounts could not be read and are not listed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>one without a readable id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsuspendCommand</name>
    <message>
        <source>&amp;Unsuspend selected users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuspend users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Team account cannot lift a suspension: invite the users again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lift the suspension of %Ln user(s).</source>
        <translation>
            <numerusform>Lift the suspension of %Ln user.</numerusform>
            <numerusform>Lift the suspension of %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected users are not suspended and are left as they are.</source>
        <translation>
            <numerusform>%Ln of the selected users is not suspended and is left as it is.</numerusform>
            <numerusform>%Ln of the selected users are not suspended and are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsuspend %Ln user(s)</source>
        <translation>
            <numerusform>Unsuspend %Ln user</numerusform>
            <numerusform>Unsuspend %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the suspension of %Ln user(s) of %1? They can sign in again at once.</source>
        <translation>
            <numerusform>Lift the suspension of %Ln user of %1? The user can sign in again at once.</numerusform>
            <numerusform>Lift the suspension of %Ln users of %1? They can sign in again at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 accounts can lift a suspension; %2 is an account of type %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserChangeStateText</name>
    <message>
        <source>%1…</source>
        <extracomment>A license on its way to the service, not confirmed yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <extracomment>The answer to a license change was lost; the user is being read back</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! %1</source>
        <extracomment>The license the user still has after the service refused a change; &quot;!&quot; marks it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — could not be confirmed</source>
        <extracomment>The answer to a license change was lost and reading the user back failed too</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, applied %2</source>
        <extracomment>The user panel&apos;s last change: what it changed (a license, &quot;suspended&quot;, …) and when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not applied (%2)</source>
        <extracomment>The user panel&apos;s last change: read back, the user did not take the value it was to get</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>The user panel&apos;s last change: the value before and the value it was to get (&quot;Pro → Basic&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Each selected user already has this: there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDetailsPanel</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alexa for Business:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the personal PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephony:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbound calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbound calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change telephony…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and apply the telephony settings ticked above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPageCodec</name>
    <message>
        <source>A page of users in the snapshot is of an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of users in the snapshot is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an earlier change of this user to settle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost: reading the user back to learn whether it applied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address has at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (name@domain.example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the snapshot of %1; not yet confirmed by the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: looking an email up needs the service. The search box still filters the users shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersSummaryBar</name>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every remaining page of users; the search and filters then cover them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading pages; the users loaded so far stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message>
        <source>more on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) loaded</source>
        <translation>
            <numerusform>%Ln user loaded</numerusform>
            <numerusform>%Ln users loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 loaded users match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 loaded users has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting %Ln s for the next page</source>
        <translation>
            <numerusform>waiting %Ln s for the next page</numerusform>
            <numerusform>waiting %Ln s for the next page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln user(s) with “%2” in name or email left out by the other filters</source>
        <translation>
            <numerusform>%1; %Ln user with “%2” in name or email left out by the other filters</numerusform>
            <numerusform>%1; %Ln users with “%2” in name or email left out by the other filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersViewControls</name>
    <message>
        <source>This account does not offer the license %1; every license is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of the view could not be read; they are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenFileNote</name>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chime Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
