#include "core/chimeresponseparser.h"
#include "core/userpagereader.h"
#include "core/wirejson.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

QByteArray readSample(const QString &name)
{
    QFile file(QString::fromUtf8(CHIMEADMIN_TEST_DATA_DIR) + u"/api-samples/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

// The error a parse of `body` for `operation` gave, or nothing if it succeeded.
std::optional<ChimeError> parseFailure(const QString &operation, const QByteArray &body)
{
    const auto failure = [](const auto &outcome) -> std::optional<ChimeError> {
        if (outcome.isOk())
            return std::nullopt;
        return outcome.error();
    };
    if (operation == u"ListAccounts"_s)
        return failure(ChimeResponseParser::listAccounts(body));
    if (operation == u"GetAccount"_s)
        return failure(ChimeResponseParser::getAccount(body));
    if (operation == u"ListUsers"_s)
        return failure(ChimeResponseParser::listUsers(body));
    if (operation == u"GetUser"_s)
        return failure(ChimeResponseParser::getUser(body));
    if (operation == u"UpdateUser"_s)
        return failure(ChimeResponseParser::updateUser(body));
    if (operation == u"BatchUpdateUser"_s)
        return failure(ChimeResponseParser::batchUpdateUser(body));
    qFatal("unknown operation");
}

// A user with every member set, as the window would hold it before an UpdateUser.
User fullUser()
{
    User user;
    user.userId = u"1ab2345c-67de-8901-f23g-45h678901j2k"_s;
    user.accountId = u"12a3456b-7c89-012d-3456-78901e23fg45"_s;
    user.primaryEmail = u"user1@example.com"_s;
    user.primaryProvisionedNumber = u"+15550100"_s;
    user.displayName = u"user1 user1"_s;
    user.licenseType = License::Pro;
    user.userType = UserType::PrivateUser;
    user.userRegistrationStatus = RegistrationStatus::Registered;
    user.userInvitationStatus = InviteStatus::Accepted;
    user.registeredOn = utc(2018, 12, 20, 18, 45, 25, 231);
    user.invitedOn = utc(2018, 12, 19, 9, 0, 0);
    user.alexaForBusinessMetadata
        = AlexaForBusinessMetadata { true, u"arn:aws:a4b:us-east-1:111122223333:room/abc"_s };
    user.personalPin = u"0123456789"_s;
    return user;
}

QByteArray withUserMember(const QByteArray &sample, QLatin1StringView key, const QJsonValue &value)
{
    QJsonObject answer = QJsonDocument::fromJson(sample).object();
    QJsonObject user = answer.value("User"_L1).toObject();
    user.insert(key, value);
    answer.insert("User"_L1, user);
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

} // namespace

class TstChimeresponseparser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void getUserSample();
    void getAccountSample();
    void updateUserSample();
    void updateUserSampleMergedKeepsExistingUser();
    void updateUserAnswerWithLicenseMerged();
    void timestamps_data();
    void timestamps();
    void unknownEnumNamesKept();
    void listUsers();
    void listAccounts();
    void batchUpdateUserErrors();
    void unreadable_data();
    void unreadable();
    void unreadableItemsLeftOut_data();
    void unreadableItemsLeftOut();
    void fastAndGeneralListUsersAgree_data();
    void fastAndGeneralListUsersAgree();
    void emulatorPagesTakeTheFastWay();
    void fastTimestampsAsQt();
};

void TstChimeresponseparser::initTestCase()
{
    // A local time zone away from UTC and with daylight-saving time (POSIX rule, no tz database
    // needed), so a date read in local time instead of UTC shows.
    qputenv("TZ", "EST5EDT,M3.2.0,M11.1.0");
    tzset();
    QVERIFY(!readSample(u"getuser-sample.json"_s).isEmpty());
}

void TstChimeresponseparser::getUserSample()
{
    const Outcome<User> outcome
        = ChimeResponseParser::getUser(readSample(u"getuser-sample.json"_s));
    if (!outcome.isOk())
        QFAIL(qPrintable(outcome.error().userMessage()));
    const User &user = outcome.value();

    QCOMPARE(user.userId, u"1ab2345c-67de-8901-f23g-45h678901j2k"_s);
    QCOMPARE(user.accountId, std::optional(u"12a3456b-7c89-012d-3456-78901e23fg45"_s));
    QCOMPARE(user.displayName, std::optional(u"user1 user1"_s));
    // "PrimaryEmail": "" is a value (an empty one), not "not provided".
    QVERIFY(user.primaryEmail.has_value());
    QVERIFY(user.primaryEmail->isEmpty());
    QVERIFY(!user.primaryProvisionedNumber.has_value());
    QVERIFY(user.licenseType.isKnown());
    QCOMPARE(user.licenseType.value(), License::Pro);
    QCOMPARE(user.licenseType.wireName(), u"Pro"_s);
    QVERIFY(!user.userType.isSet()); // absent from the sample
    QVERIFY(user.userRegistrationStatus.isKnown());
    QCOMPARE(user.userRegistrationStatus.value(), RegistrationStatus::Registered);
    QVERIFY(!user.userInvitationStatus.isSet()); // null in the sample
    QVERIFY(user.registeredOn.has_value());
    QCOMPARE(*user.registeredOn, utc(2018, 12, 20, 18, 45, 25, 231));
    QCOMPARE(user.registeredOn->toMSecsSinceEpoch(), Q_INT64_C(1545331525231));
    QVERIFY(!user.invitedOn.has_value());
    QVERIFY(!user.alexaForBusinessMetadata.has_value());
    QCOMPARE(user.personalPin, std::optional(u"XXXXXXXXXX"_s));

    // Delegates, Devices, EmailAlias, FullName, Vanity, ... are ignored: nothing else is set.
    User expected;
    expected.userId = u"1ab2345c-67de-8901-f23g-45h678901j2k"_s;
    expected.accountId = u"12a3456b-7c89-012d-3456-78901e23fg45"_s;
    expected.primaryEmail = QString();
    expected.displayName = u"user1 user1"_s;
    expected.licenseType = License::Pro;
    expected.userRegistrationStatus = RegistrationStatus::Registered;
    expected.registeredOn = utc(2018, 12, 20, 18, 45, 25, 231);
    expected.personalPin = u"XXXXXXXXXX"_s;
    QVERIFY(user == expected);
}

void TstChimeresponseparser::getAccountSample()
{
    const Outcome<Account> outcome
        = ChimeResponseParser::getAccount(readSample(u"getaccount-sample.json"_s));
    if (!outcome.isOk())
        QFAIL(qPrintable(outcome.error().userMessage()));
    const Account &account = outcome.value();

    QCOMPARE(account.accountId, u"12a3456b-7c89-012d-3456-78901e23fg45"_s);
    QCOMPARE(account.awsAccountId, u"111122223333"_s);
    QCOMPARE(account.name, u"EnterpriseDirectory"_s);
    QCOMPARE(account.accountType.value(), AccountType::EnterpriseDirectory);
    QVERIFY(account.accountType.isKnown());
    QCOMPARE(account.accountStatus.value(), AccountStatus::Active);
    QVERIFY(account.createdTimestamp.has_value());
    QCOMPARE(*account.createdTimestamp, utc(2018, 12, 20, 18, 38, 2, 181));
    QCOMPARE(account.defaultLicense.value(), License::Pro);
    QCOMPARE(account.supportedLicenses.size(), 2);
    QCOMPARE(account.supportedLicenses.at(0).value(), License::Basic);
    QCOMPARE(account.supportedLicenses.at(1).value(), License::Pro);
    QVERIFY(account.supportedLicenses.at(0).isKnown());
    // "Groups" (not in the model) is ignored and does not become sign-in delegate groups.
    QVERIFY(account.signinDelegateGroups.isEmpty());

    Account expected;
    expected.accountId = u"12a3456b-7c89-012d-3456-78901e23fg45"_s;
    expected.awsAccountId = u"111122223333"_s;
    expected.name = u"EnterpriseDirectory"_s;
    expected.accountType = AccountType::EnterpriseDirectory;
    expected.accountStatus = AccountStatus::Active;
    expected.createdTimestamp = utc(2018, 12, 20, 18, 38, 2, 181);
    expected.defaultLicense = License::Pro;
    expected.supportedLicenses = { License::Basic, License::Pro };
    QVERIFY(account == expected);

    // The model's own member for groups is read when present.
    const Outcome<Account> withGroups = ChimeResponseParser::getAccount(
        R"({"Account": {"AccountId": "a", "SigninDelegateGroups": [{"GroupName": "admins"},
            {"GroupName": "pro_users"}]}})");
    QVERIFY(withGroups.isOk());
    QCOMPARE(withGroups.value().signinDelegateGroups,
        (QList<SigninDelegateGroup> { { u"admins"_s }, { u"pro_users"_s } }));
}

void TstChimeresponseparser::updateUserSample()
{
    const Outcome<User> outcome
        = ChimeResponseParser::updateUser(readSample(u"updateuser-sample.json"_s));
    if (!outcome.isOk())
        QFAIL(qPrintable(outcome.error().userMessage()));
    const User &user = outcome.value();

    QCOMPARE(user.userId, u"1ab2345c-67de-8901-f23g-45h678901j2k"_s);
    QVERIFY(!user.accountId);
    QVERIFY(!user.primaryEmail);
    QVERIFY(!user.primaryProvisionedNumber);
    QVERIFY(!user.displayName);
    QVERIFY(!user.licenseType.isSet());
    QVERIFY(!user.userType.isSet());
    QVERIFY(!user.userRegistrationStatus.isSet());
    QVERIFY(!user.userInvitationStatus.isSet());
    QVERIFY(!user.registeredOn);
    QVERIFY(!user.invitedOn);
    QVERIFY(!user.alexaForBusinessMetadata);
    QVERIFY(!user.personalPin);

    User onlyId;
    onlyId.userId = u"1ab2345c-67de-8901-f23g-45h678901j2k"_s;
    QVERIFY(user == onlyId);
}

void TstChimeresponseparser::updateUserSampleMergedKeepsExistingUser()
{
    const Outcome<User> answer
        = ChimeResponseParser::updateUser(readSample(u"updateuser-sample.json"_s));
    QVERIFY(answer.isOk());
    const User existing = fullUser();
    const User merged = existing.mergedWith(answer.value());
    // The all-null answer does not mean the user lost its name, email, license, ...
    QVERIFY(merged == existing);
    QCOMPARE(merged.displayName, std::optional(u"user1 user1"_s));
    QCOMPARE(merged.licenseType.value(), License::Pro);
    QCOMPARE(merged.personalPin, std::optional(u"0123456789"_s));
}

void TstChimeresponseparser::updateUserAnswerWithLicenseMerged()
{
    // The sample answer, but with what UpdateUser changed: LicenseType and an empty PrimaryEmail.
    QByteArray body
        = withUserMember(readSample(u"updateuser-sample.json"_s), "LicenseType"_L1, u"Basic"_s);
    body = withUserMember(body, "PrimaryEmail"_L1, QString());
    const Outcome<User> answer = ChimeResponseParser::updateUser(body);
    QVERIFY(answer.isOk());

    User expected = fullUser();
    expected.licenseType = License::Basic;
    expected.primaryEmail = QString();
    const User merged = fullUser().mergedWith(answer.value());
    QVERIFY(merged == expected);
    QCOMPARE(merged.licenseType.value(), License::Basic);
    QVERIFY(merged.primaryEmail.has_value() && merged.primaryEmail->isEmpty());
    QCOMPARE(merged.displayName, std::optional(u"user1 user1"_s));
    QCOMPARE(merged.userType.value(), UserType::PrivateUser);
}

void TstChimeresponseparser::timestamps_data()
{
    QTest::addColumn<QByteArray>("json"); // the member's JSON value
    QTest::addColumn<QDateTime>("expected");

    const QDateTime sample = utc(2018, 12, 20, 18, 45, 25, 231);
    QTest::newRow("epoch seconds with fraction") << QByteArray("1545331525.231") << sample;
    QTest::newRow("ISO string with Z") << QByteArray(R"("2018-12-20T18:45:25.231Z")") << sample;
    QTest::newRow("ISO string with +01:00")
        << QByteArray(R"("2018-12-20T19:45:25.231+01:00")") << sample;
    QTest::newRow("ISO string with -05:00")
        << QByteArray(R"("2018-12-20T13:45:25.231-05:00")") << sample;
    QTest::newRow("ISO string without offset is UTC")
        << QByteArray(R"("2018-12-20T18:45:25.231")") << sample;
    QTest::newRow("ISO string without offset in a local DST gap")
        << QByteArray(R"("2019-03-10T02:30:00")") << utc(2019, 3, 10, 2, 30, 0);
    QTest::newRow("epoch seconds as a string") << QByteArray(R"("1545331525.231")") << sample;
    QTest::newRow("whole epoch seconds")
        << QByteArray("1545331525") << utc(2018, 12, 20, 18, 45, 25);
    QTest::newRow("ISO string without fraction")
        << QByteArray(R"("2018-12-20T18:45:25Z")") << utc(2018, 12, 20, 18, 45, 25);
    QTest::newRow("epoch zero") << QByteArray("0") << utc(1970, 1, 1, 0, 0, 0);
}

void TstChimeresponseparser::timestamps()
{
    QFETCH(QByteArray, json);
    QFETCH(QDateTime, expected);

    const QByteArray userBody = R"({"User": {"UserId": "u", "RegisteredOn": )" + json
        + R"(, "InvitedOn": )" + json + "}}";
    const Outcome<User> user = ChimeResponseParser::getUser(userBody);
    if (!user.isOk())
        QFAIL(qPrintable(user.error().userMessage()));
    QVERIFY(user.value().registeredOn.has_value());
    QCOMPARE(*user.value().registeredOn, expected);
    QCOMPARE(user.value().registeredOn->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(user.value().registeredOn->timeSpec(), Qt::UTC);
    QCOMPARE(*user.value().invitedOn, expected);

    const QByteArray accountBody
        = R"({"Account": {"AccountId": "a", "CreatedTimestamp": )" + json + "}}";
    const Outcome<Account> account = ChimeResponseParser::getAccount(accountBody);
    QVERIFY(account.isOk());
    QCOMPARE(*account.value().createdTimestamp, expected);
}

void TstChimeresponseparser::unknownEnumNamesKept()
{
    const Outcome<User> user = ChimeResponseParser::getUser(R"({"User": {
        "UserId": "u", "LicenseType": "Enterprise", "UserType": "Robot",
        "UserRegistrationStatus": "Deleted", "UserInvitationStatus": "Expired"}})");
    QVERIFY(user.isOk());
    const LicenseValue &license = user.value().licenseType;
    QVERIFY(license.isSet());
    QVERIFY(!license.isKnown());
    QCOMPARE(license.value(), License::Unknown);
    QCOMPARE(license.wireName(), u"Enterprise"_s);
    QVERIFY(!user.value().userType.isKnown());
    QCOMPARE(user.value().userType.wireName(), u"Robot"_s);
    QCOMPARE(user.value().userRegistrationStatus.wireName(), u"Deleted"_s);
    QCOMPARE(user.value().userInvitationStatus.wireName(), u"Expired"_s);
    // Written back unchanged.
    const QJsonObject written = WireJson::writeUser(user.value());
    QCOMPARE(written.value("LicenseType"_L1).toString(), u"Enterprise"_s);
    QCOMPARE(written.value("UserType"_L1).toString(), u"Robot"_s);

    const Outcome<Account> account = ChimeResponseParser::getAccount(R"({"Account": {
        "AccountId": "a", "AccountType": "EnterpriseSAML", "AccountStatus": "Closing",
        "DefaultLicense": "Enterprise", "SupportedLicenses": ["Basic", "Enterprise"]}})");
    QVERIFY(account.isOk());
    QCOMPARE(account.value().accountType.wireName(), u"EnterpriseSAML"_s);
    QVERIFY(!account.value().accountType.isKnown());
    QCOMPARE(account.value().accountStatus.wireName(), u"Closing"_s);
    QCOMPARE(account.value().defaultLicense.wireName(), u"Enterprise"_s);
    QCOMPARE(account.value().supportedLicenses.size(), 2);
    QVERIFY(account.value().supportedLicenses.at(0).isKnown());
    QVERIFY(!account.value().supportedLicenses.at(1).isKnown());
    QCOMPARE(account.value().supportedLicenses.at(1).wireName(), u"Enterprise"_s);
}

void TstChimeresponseparser::listUsers()
{
    const Outcome<UsersPage> page = ChimeResponseParser::listUsers(R"({"Users": [
        {"UserId": "u1", "PrimaryEmail": "a+b@example.com", "LicenseType": "Basic"},
        {"UserId": "u2", "DisplayName": "Zoë", "UserType": "SharedDevice", "Extra": [1, 2]}
    ], "NextToken": "page-2+/="})");
    if (!page.isOk())
        QFAIL(qPrintable(page.error().userMessage()));
    QCOMPARE(page.value().users.size(), 2);
    QCOMPARE(page.value().users.at(0).userId, u"u1"_s);
    QCOMPARE(page.value().users.at(0).primaryEmail, std::optional(u"a+b@example.com"_s));
    QCOMPARE(page.value().users.at(0).licenseType.value(), License::Basic);
    QCOMPARE(page.value().users.at(1).userId, u"u2"_s);
    QCOMPARE(page.value().users.at(1).displayName, std::optional(u"Zoë"_s));
    QCOMPARE(page.value().users.at(1).userType.value(), UserType::SharedDevice);
    QCOMPARE(page.value().nextToken, u"page-2+/="_s);

    const Outcome<UsersPage> last
        = ChimeResponseParser::listUsers(R"({"Users": [{"UserId": "u3"}], "NextToken": null})");
    QVERIFY(last.isOk());
    QCOMPARE(last.value().users.size(), 1);
    QVERIFY(last.value().nextToken.isEmpty());

    const Outcome<UsersPage> empty = ChimeResponseParser::listUsers(R"({"Users": []})");
    QVERIFY(empty.isOk());
    QVERIFY(empty.value().users.isEmpty());
    QVERIFY(empty.value().nextToken.isEmpty());
}

void TstChimeresponseparser::listAccounts()
{
    const Outcome<AccountsPage> page = ChimeResponseParser::listAccounts(R"({"Accounts": [
        {"AccountId": "a1", "AwsAccountId": "111122223333", "Name": "One",
         "AccountType": "Team", "SupportedLicenses": ["Pro"]},
        {"AccountId": "a2", "AwsAccountId": "111122223333", "Name": "Two",
         "CreatedTimestamp": 1545331082.181}
    ], "NextToken": "next"})");
    if (!page.isOk())
        QFAIL(qPrintable(page.error().userMessage()));
    QCOMPARE(page.value().accounts.size(), 2);
    QCOMPARE(page.value().accounts.at(0).accountId, u"a1"_s);
    QCOMPARE(page.value().accounts.at(0).name, u"One"_s);
    QCOMPARE(page.value().accounts.at(0).accountType.value(), AccountType::Team);
    QCOMPARE(page.value().accounts.at(0).supportedLicenses, QList<LicenseValue> { License::Pro });
    QCOMPARE(page.value().accounts.at(1).accountId, u"a2"_s);
    QCOMPARE(*page.value().accounts.at(1).createdTimestamp, utc(2018, 12, 20, 18, 38, 2, 181));
    QCOMPARE(page.value().nextToken, u"next"_s);

    const Outcome<AccountsPage> last = ChimeResponseParser::listAccounts(R"({"Accounts": []})");
    QVERIFY(last.isOk());
    QVERIFY(last.value().accounts.isEmpty());
    QVERIFY(last.value().nextToken.isEmpty());
}

void TstChimeresponseparser::batchUpdateUserErrors()
{
    const Outcome<BatchUpdateResult> result = ChimeResponseParser::batchUpdateUser(R"({
        "UserErrors": [
            {"UserId": "u1", "ErrorCode": "NotFound", "ErrorMessage": "User not found."},
            {"UserId": "u2", "ErrorCode": "Forbidden"}
        ]})");
    if (!result.isOk())
        QFAIL(qPrintable(result.error().userMessage()));
    const QList<UserError> expected { { u"u1"_s, u"NotFound"_s, u"User not found."_s },
        { u"u2"_s, u"Forbidden"_s, QString() } };
    QCOMPARE(result.value().userErrors.size(), 2);
    QVERIFY(result.value().userErrors == expected);
    QCOMPARE(result.value().userErrors.at(0).errorMessage, u"User not found."_s);

    const Outcome<BatchUpdateResult> none
        = ChimeResponseParser::batchUpdateUser(R"({"UserErrors": []})");
    QVERIFY(none.isOk());
    QVERIFY(none.value().userErrors.isEmpty());
    const Outcome<BatchUpdateResult> absent = ChimeResponseParser::batchUpdateUser("{}");
    QVERIFY(absent.isOk());
    QVERIFY(absent.value().userErrors.isEmpty());
}

void TstChimeresponseparser::unreadable_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("hint"); // what the message must name

    const QByteArray userSample = readSample(u"getuser-sample.json"_s);
    const QByteArray accountSample = readSample(u"getaccount-sample.json"_s);
    const QByteArray updateSample = readSample(u"updateuser-sample.json"_s);

    for (const QString &operation : { u"ListAccounts"_s, u"GetAccount"_s, u"ListUsers"_s,
             u"GetUser"_s, u"UpdateUser"_s, u"BatchUpdateUser"_s }) {
        const QByteArray op = operation.toLatin1();
        QTest::addRow("%s: not JSON (HTML page)", op.constData())
            << operation << QByteArray("<html><body>502 Bad Gateway</body></html>") << u"JSON"_s;
        QTest::addRow("%s: empty body", op.constData()) << operation << QByteArray() << u"JSON"_s;
        QTest::addRow("%s: a JSON array", op.constData())
            << operation << QByteArray(R"([{"UserId": "u"}])") << u"object"_s;
        QTest::addRow("%s: a JSON string", op.constData())
            << operation << QByteArray(R"("ok")") << u"JSON"_s;
    }

    QTest::newRow("GetUser: truncated sample")
        << u"GetUser"_s << userSample.left(userSample.size() / 2) << u"JSON"_s;
    QTest::newRow("GetUser: truncated by one byte")
        << u"GetUser"_s << userSample.chopped(1) << u"JSON"_s;
    QTest::newRow("GetUser: no User member") << u"GetUser"_s << QByteArray("{}") << u"User"_s;
    QTest::newRow("GetUser: User null")
        << u"GetUser"_s << QByteArray(R"({"User": null})") << u"User"_s;
    QTest::newRow("GetUser: User a list")
        << u"GetUser"_s << QByteArray(R"({"User": []})") << u"User"_s;
    QTest::newRow("GetUser: without UserId")
        << u"GetUser"_s << QByteArray(R"({"User": {"DisplayName": "x"}})") << u"UserId"_s;
    QTest::newRow("GetUser: UserId null")
        << u"GetUser"_s << QByteArray(R"({"User": {"UserId": null}})") << u"UserId"_s;
    QTest::newRow("GetUser: UserId a number")
        << u"GetUser"_s << QByteArray(R"({"User": {"UserId": 7}})") << u"UserId"_s;
    QTest::newRow("GetUser: DisplayName a number")
        << u"GetUser"_s << QByteArray(R"({"User": {"UserId": "u", "DisplayName": 42}})")
        << u"DisplayName"_s;
    QTest::newRow("GetUser: sample with DisplayName a number")
        << u"GetUser"_s << withUserMember(userSample, "DisplayName"_L1, 42) << u"DisplayName"_s;
    // Found by fuzz_responseparser: converting such a number overflowed (undefined behaviour).
    QTest::newRow("GetUser: RegisteredOn 1.5e25 seconds")
        << u"GetUser"_s << withUserMember(userSample, "RegisteredOn"_L1, 1.5e25)
        << u"RegisteredOn"_s;
    QTest::newRow("GetUser: RegisteredOn -1e300 seconds")
        << u"GetUser"_s << withUserMember(userSample, "RegisteredOn"_L1, -1e300)
        << u"RegisteredOn"_s;
    QTest::newRow("GetUser: RegisteredOn as a string of 1e20 seconds")
        << u"GetUser"_s << withUserMember(userSample, "RegisteredOn"_L1, u"1e20"_s)
        << u"RegisteredOn"_s;
    QTest::newRow("GetUser: RegisteredOn yesterday")
        << u"GetUser"_s << withUserMember(userSample, "RegisteredOn"_L1, u"yesterday"_s)
        << u"RegisteredOn"_s;
    QTest::newRow("GetUser: InvitedOn true")
        << u"GetUser"_s << withUserMember(userSample, "InvitedOn"_L1, true) << u"InvitedOn"_s;
    QTest::newRow("GetUser: LicenseType a number")
        << u"GetUser"_s << withUserMember(userSample, "LicenseType"_L1, 3) << u"LicenseType"_s;
    QTest::newRow("GetUser: AlexaForBusinessMetadata a string")
        << u"GetUser"_s << withUserMember(userSample, "AlexaForBusinessMetadata"_L1, u"on"_s)
        << u"AlexaForBusinessMetadata"_s;
    QTest::newRow("GetUser: IsAlexaForBusinessEnabled a string")
        << u"GetUser"_s
        << withUserMember(userSample, "AlexaForBusinessMetadata"_L1,
               QJsonObject { { "IsAlexaForBusinessEnabled"_L1, u"yes"_s } })
        << u"IsAlexaForBusinessEnabled"_s;

    QTest::newRow("UpdateUser: truncated sample")
        << u"UpdateUser"_s << updateSample.left(100) << u"JSON"_s;
    QTest::newRow("UpdateUser: without UserId")
        << u"UpdateUser"_s << withUserMember(updateSample, "UserId"_L1, QJsonValue::Null)
        << u"UserId"_s;

    QTest::newRow("GetAccount: truncated sample")
        << u"GetAccount"_s << accountSample.left(accountSample.size() - 3) << u"JSON"_s;
    QTest::newRow("GetAccount: without AccountId")
        << u"GetAccount"_s << QByteArray(R"({"Account": {"Name": "x"}})") << u"AccountId"_s;
    QTest::newRow("GetAccount: SupportedLicenses not a list")
        << u"GetAccount"_s
        << QByteArray(R"({"Account": {"AccountId": "a", "SupportedLicenses": "Basic"}})")
        << u"SupportedLicenses"_s;
    QTest::newRow("GetAccount: SupportedLicenses holds a number")
        << u"GetAccount"_s
        << QByteArray(R"({"Account": {"AccountId": "a", "SupportedLicenses": ["Basic", 2]}})")
        << u"SupportedLicenses"_s;
    QTest::newRow("GetAccount: CreatedTimestamp yesterday")
        << u"GetAccount"_s
        << QByteArray(R"({"Account": {"AccountId": "a", "CreatedTimestamp": "yesterday"}})")
        << u"CreatedTimestamp"_s;
    QTest::newRow("GetAccount: SigninDelegateGroups holds a string")
        << u"GetAccount"_s
        << QByteArray(R"({"Account": {"AccountId": "a", "SigninDelegateGroups": ["admins"]}})")
        << u"SigninDelegateGroups"_s;
    QTest::newRow("GetAccount: GroupName a number")
        << u"GetAccount"_s
        << QByteArray(
               R"({"Account": {"AccountId": "a", "SigninDelegateGroups": [{"GroupName": 1}]}})")
        << u"GroupName"_s;

    QTest::newRow("ListUsers: Users not a list")
        << u"ListUsers"_s << QByteArray(R"({"Users": {"UserId": "u"}})") << u"Users"_s;
    QTest::newRow("ListUsers: NextToken a number")
        << u"ListUsers"_s << QByteArray(R"({"Users": [], "NextToken": 5})") << u"NextToken"_s;
    QTest::newRow("ListUsers: NextToken an object")
        << u"ListUsers"_s << QByteArray(R"({"Users": [], "NextToken": {}})") << u"NextToken"_s;

    QTest::newRow("ListAccounts: Accounts not a list")
        << u"ListAccounts"_s << QByteArray(R"({"Accounts": "a"})") << u"Accounts"_s;
    QTest::newRow("ListAccounts: NextToken a number")
        << u"ListAccounts"_s << QByteArray(R"({"Accounts": [], "NextToken": 1.5})")
        << u"NextToken"_s;

    QTest::newRow("BatchUpdateUser: UserErrors not a list")
        << u"BatchUpdateUser"_s << QByteArray(R"({"UserErrors": {}})") << u"UserErrors"_s;
    QTest::newRow("BatchUpdateUser: ErrorCode a number")
        << u"BatchUpdateUser"_s
        << QByteArray(R"({"UserErrors": [{"UserId": "u", "ErrorCode": 404}]})") << u"ErrorCode"_s;
}

void TstChimeresponseparser::unreadable()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, body);
    QFETCH(QString, hint);

    const std::optional<ChimeError> error = parseFailure(operation, body);
    QVERIFY2(error.has_value(), "the body was accepted");
    QCOMPARE(error->kind(), ChimeError::Kind::UnreadableResponse);
    QCOMPARE(error->operation(), operation);
    QVERIFY2(error->message().contains(hint), qPrintable(error->message()));
    QVERIFY2(error->userMessage().contains(operation), qPrintable(error->userMessage()));
}

void TstChimeresponseparser::unreadableItemsLeftOut_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("readIds");
    QTest::addColumn<QStringList>("unreadableIds"); // "" for one without a readable id
    QTest::addColumn<QString>("hint"); // what the first unreadable one's reason names

    QTest::newRow("ListUsers: a string among users")
        << u"ListUsers"_s << QByteArray(R"({"Users": [{"UserId": "a"}, "u", {"UserId": "b"}]})")
        << QStringList { u"a"_s, u"b"_s } << QStringList { QString() } << u"not an object"_s;
    QTest::newRow("ListUsers: a null entry")
        << u"ListUsers"_s << QByteArray(R"({"Users": [null, {"UserId": "a"}], "NextToken": "t"})")
        << QStringList { u"a"_s } << QStringList { QString() } << u"not an object"_s;
    QTest::newRow("ListUsers: a user without UserId")
        << u"ListUsers"_s << QByteArray(R"({"Users": [{"UserId": "a"}, {"DisplayName": "b"}]})")
        << QStringList { u"a"_s } << QStringList { QString() } << u"UserId"_s;
    QTest::newRow("ListUsers: UserId a number")
        << u"ListUsers"_s << QByteArray(R"({"Users": [{"UserId": 7}, {"UserId": "a"}]})")
        << QStringList { u"a"_s } << QStringList { QString() } << u"UserId"_s;
    QTest::newRow("ListUsers: LicenseType a number")
        << u"ListUsers"_s
        << QByteArray(R"({"Users": [{"UserId": "a"}, {"UserId": "b", "LicenseType": 3}]})")
        << QStringList { u"a"_s } << QStringList { u"b"_s } << u"LicenseType"_s;
    QTest::newRow("ListUsers: RegisteredOn yesterday, DisplayName a list")
        << u"ListUsers"_s
        << QByteArray(R"({"Users": [{"UserId": "a", "RegisteredOn": "yesterday"},
            {"UserId": "b", "DisplayName": ["x"]}, {"UserId": "c"}]})")
        << QStringList { u"c"_s } << QStringList { u"a"_s, u"b"_s } << u"RegisteredOn"_s;
    QTest::newRow("ListAccounts: an account without AccountId")
        << u"ListAccounts"_s << QByteArray(R"({"Accounts": [{"Name": "n"}, {"AccountId": "a"}]})")
        << QStringList { u"a"_s } << QStringList { QString() } << u"AccountId"_s;
    QTest::newRow("ListAccounts: Name a number")
        << u"ListAccounts"_s << QByteArray(R"({"Accounts": [{"AccountId": "a", "Name": 1}]})")
        << QStringList() << QStringList { u"a"_s } << u"Name"_s;
}

// One bad item does not hide its page: every item that reads is kept, and each one that does
// not is named (by id where it has one) with the reason.
void TstChimeresponseparser::unreadableItemsLeftOut()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, readIds);
    QFETCH(QStringList, unreadableIds);
    QFETCH(QString, hint);

    QStringList read;
    QList<UnreadableItem> unreadable;
    if (operation == u"ListUsers"_s) {
        const Outcome<UsersPage> page = ChimeResponseParser::listUsers(body);
        QVERIFY2(page.isOk(), qPrintable(page.isOk() ? QString() : page.error().message()));
        for (const User &user : page.value().users)
            read.append(user.userId);
        unreadable = page.value().unreadable;
    } else {
        const Outcome<AccountsPage> page = ChimeResponseParser::listAccounts(body);
        QVERIFY2(page.isOk(), qPrintable(page.isOk() ? QString() : page.error().message()));
        for (const Account &account : page.value().accounts)
            read.append(account.accountId);
        unreadable = page.value().unreadable;
    }
    QCOMPARE(read, readIds);
    QStringList unreadableRead;
    for (const UnreadableItem &item : unreadable)
        unreadableRead.append(item.id);
    QCOMPARE(unreadableRead, unreadableIds);
    QVERIFY2(unreadable.first().why.contains(hint), qPrintable(unreadable.first().why));
}

void TstChimeresponseparser::fastAndGeneralListUsersAgree_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("fast"); // whether the fast way takes it

    const QByteArray full = QJsonDocument(QJsonObject {
        { "Users"_L1, QJsonArray { WireJson::writeUser(fullUser()) } }, { "NextToken"_L1, u"t"_s } })
                                .toJson();
    QTest::newRow("every member, indented") << full << true;
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("null users, spaces") << QByteArray(" {\t\"Users\" :\r\n null } \n") << true;
    QTest::newRow("unknown members of every kind")
        << QByteArray(R"({"X": {"a": [true, false, null, {"b": "c"}, []]}, "Users": [{"UserId": "u",
            "Other": {"k": ["v"]}, "AlexaForBusinessMetadata": {"New": "x",
            "IsAlexaForBusinessEnabled": false}}], "Y": "z"})") << true;
    QTest::newRow("non-ASCII names") << QByteArray(R"({"Users": [{"UserId": "u", "DisplayName":
            "Zoë Ŝmith 王小明 😀", "LicenseType": "Über"}]})") << true;
    QTest::newRow("timestamps in other forms") << QByteArray(R"({"Users": [{"UserId": "u",
            "RegisteredOn": "2019-01-02T03:04:05+02:00", "InvitedOn": "2019-01-02T03:04:05"}]})")
                                               << true;
    QTest::newRow("escapes") << QByteArray(R"({"Users": [{"UserId": "u\"1", "DisplayName":
            "A\u00e9\n"}]})") << false;
    QTest::newRow("number timestamp")
        << QByteArray(R"({"Users": [{"UserId": "u", "InvitedOn": 1545242400.5}]})") << false;
    QTest::newRow("number in an unknown member")
        << QByteArray(R"({"Users": [{"UserId": "u", "Count": 3}]})") << false;
    QTest::newRow("repeated member")
        << QByteArray(R"({"Users": [{"UserId": "u", "DisplayName": "a", "DisplayName": "b"}]})")
        << false;
    QTest::newRow("repeated users")
        << QByteArray(R"({"Users": [{"UserId": "a"}], "Users": [{"UserId": "b"}]})") << false;
    QTest::newRow("wrong type") << QByteArray(R"({"Users": [{"UserId": "u", "DisplayName": true}]})")
                                << false;
    QTest::newRow("no user id") << QByteArray(R"({"Users": [{"DisplayName": "a"}]})") << false;
    QTest::newRow("item not an object") << QByteArray(R"({"Users": ["u"]})") << false;
    QTest::newRow("bad timestamp") << QByteArray(R"({"Users": [{"UserId": "u", "InvitedOn": "soon"}]})")
                                   << false;
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"Users\": [{\"UserId\": \"u\", \"DisplayName\": \"a\xff\"}]}") << false;
    QTest::newRow("control character")
        << QByteArray("{\"Users\": [{\"UserId\": \"u\", \"DisplayName\": \"a\tb\"}]}") << false;
    QTest::newRow("cut short") << QByteArray(R"({"Users": [{"UserId": "u")") << false;
    QTest::newRow("garbage after") << QByteArray(R"({"Users": []} x)") << false;
    QTest::newRow("trailing comma") << QByteArray(R"({"Users": [{"UserId": "u"},]})") << false;
    QTest::newRow("not an object") << QByteArray(R"(["Users"])") << false;
    QTest::newRow("token not a string") << QByteArray(R"({"Users": [], "NextToken": 5})") << false;
}

void TstChimeresponseparser::fastAndGeneralListUsersAgree()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, fast);

    QCOMPARE(UserPageReader::read(body).has_value(), fast);
    const Outcome<UsersPage> page = ChimeResponseParser::listUsers(body);
    const Outcome<UsersPage> general = ChimeResponseParser::listUsersGeneral(body);
    QCOMPARE(page.isOk(), general.isOk());
    if (page.isOk()) {
        QCOMPARE(page.value().users, general.value().users);
        QCOMPARE(page.value().nextToken, general.value().nextToken);
    } else {
        QCOMPARE(page.error().message(), general.error().message());
    }
}

void TstChimeresponseparser::emulatorPagesTakeTheFastWay()
{
    // What the emulator (and the service) sends: every member, nulls for what is not set.
    QJsonArray users;
    User sparse;
    sparse.userId = u"u2"_s;
    users.append(WireJson::writeUser(fullUser()));
    users.append(WireJson::writeUser(sparse));
    const QByteArray body = QJsonDocument(QJsonObject { { "Users"_L1, users },
                                                        { "NextToken"_L1, u"abc"_s } })
                                .toJson(QJsonDocument::Compact);
    const std::optional<UsersPage> page = UserPageReader::read(body);
    QVERIFY(page.has_value());
    QCOMPARE(page->users, QList<User>({ fullUser(), sparse }));
    QCOMPARE(page->nextToken, u"abc"_s);
}

void TstChimeresponseparser::fastTimestampsAsQt()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 20000; ++i) {
        // Mostly valid times, some out of range (month 13, hour 24, second 60, year 0999).
        const QString text = u"%1-%2-%3T%4:%5:%6"_s.arg(random.bounded(990, 10000), 4, 10, QChar(u'0'))
                                 .arg(random.bounded(0, 14), 2, 10, QChar(u'0'))
                                 .arg(random.bounded(0, 33), 2, 10, QChar(u'0'))
                                 .arg(random.bounded(0, 25), 2, 10, QChar(u'0'))
                                 .arg(random.bounded(0, 61), 2, 10, QChar(u'0'))
                                 .arg(random.bounded(0, 61), 2, 10, QChar(u'0'))
            + (random.bounded(2) ? u".%1"_s.arg(random.bounded(1000), 3, 10, QChar(u'0')) : QString())
            + u'Z';
        const std::optional<QDateTime> fast = UserPageReader::isoUtcTimestamp(text.toLatin1());
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (fast) {
            QVERIFY2(qt.isValid(), qPrintable(text));
            QCOMPARE(*fast, qt.toUTC());
            QCOMPARE(fast->timeSpec(), Qt::UTC);
            QCOMPARE(fast->toString(Qt::ISODateWithMs), qt.toUTC().toString(Qt::ISODateWithMs));
        } else {
            // Left to the general way, which reads it as before.
            bool valid = true;
            const std::optional<QDateTime> general = WireJson::readTimestamp(QJsonValue(text), &valid);
            QVERIFY2(!qt.isValid() || general, qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(TstChimeresponseparser)
#include "tst_chimeresponseparser.moc"
