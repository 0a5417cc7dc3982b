/// Passwords of twelve characters or more that appear near the top of breached-password lists.
/// Shorter ones are refused by the length rule already. Compared case-insensitively.
enum CommonPasswords {
    static let list: Set<String> = [
        "123456789012", "1234567890123", "12345678910", "123456789101", "1234567891011", "111111111111",
        "000000000000", "123123123123", "qwertyuiop123", "qwertyuiopasdf", "qwerty123456", "1q2w3e4r5t6y",
        "1qaz2wsx3edc", "zaq12wsxcde3", "password1234", "password12345", "password123!", "passwordpassword",
        "passw0rd1234", "p@ssw0rd1234", "letmein12345", "welcome12345", "welcome123456", "iloveyou1234",
        "football1234", "baseball1234", "sunshine1234", "princess1234", "starwars1234", "trustno11234",
        "administrator", "administrator1", "adminadmin123", "changeme1234", "changemenow1", "secret123456",
        "abc123abc123", "abcd1234abcd", "asdfghjkl123", "asdfasdfasdf", "monkey123456", "dragon123456",
        "superman1234", "batman123456", "liverpool123", "manchester123", "chelsea12345", "arsenal12345",
        "summer2024!!", "winter2024!!", "spring2025!!", "autumn2025!!", "january2025!", "password2024",
        "password2025", "password2026", "safeguarding", "safeguarding1", "safeguarding123", "correcthorsebatterystaple",
        "thequickbrownfox", "mypassword123", "mypassword1234", "whatever1234", "computer1234", "internet1234",
        "qazwsxedcrfv", "zxcvbnm12345", "1234qwerasdf", "qwer1234asdf", "michael12345", "jennifer1234",
    ]
}
