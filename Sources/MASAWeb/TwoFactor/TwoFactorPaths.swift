/// Where two-factor sign-in lives; links are built from these, as routes are registered from them.
package enum TwoFactorPaths {
    package static let enrol = "/account/two-factor"
    package static let recoveryCodes = "/account/two-factor/recovery-codes"
    package static let signInCode = "/sign-in/code"
}
