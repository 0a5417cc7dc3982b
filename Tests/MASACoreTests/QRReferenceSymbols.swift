/// Reference symbols made by an independent encoder: the Python package `qrcode` 8.2 (pip install qrcode), asked for
/// byte mode, error correction level M, the version and the mask shown, and no border:
///
///     qr = qrcode.QRCode(version=v, error_correction=ERROR_CORRECT_M, border=0, mask_pattern=m)
///     qr.add_data(QRData(text.encode("utf-8"), mode=MODE_8BIT_BYTE), optimize=0)
///     qr.make(fit=False)
///
/// Each matrix is its modules row by row from the top left, dark = 1, packed eight to a byte (most significant bit
/// first, the last byte padded with zeros) and written in base64. Between them they use all eight masks, one and two
/// block groups, the 16-bit count of version 10 up, and the version information of version 7 up.
enum QRReferenceSymbols {
    struct Symbol {
        let text: String
        let version: Int
        let mask: Int
        let base64: String
    }
    static let all: [Symbol] = [
        Symbol(text: "HELLO WORLD",
               version: 1, mask: 0,
               base64: "/mv8FlBugrt0ZdusrsElB/qv4AcAqlCVIxii+39jwSs4+gB6G/jG8E8huvKl0J2uqqsEYS/ts4A="),
        Symbol(text: "https://masa.example/sign-in",
               version: 3, mask: 5,
               base64: "/gGj/BX1UG6rRLt1sYXboJuuwQylB/qqr+AacwCCyNZyC6fFkc3y4SkYVYb327DqZH3OiuAFkI4g1c8o0Wajc/31" +
                   "6F8zK9gBCjS0+4BJPGP5QWuQSHcQuk5/xdNzo66d9/0ECcff7fESAA=="),
        Symbol(text: "otpauth://totp/MASA:admin%40northmere.example?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issu" +
                    "er=MASA",
               version: 7, mask: 3,
               base64: "/ug0Ckv8FfySdpBug/XJRLt1rNBPtdukd/zDrsEBTGdhB/qqqqqv4B7xEx4At2wf6EJYAN8GPuPOveqgL1fAul0z" +
                   "GZR4PvV1Mfhy+Ppjtc/zOLJaEqcGkrsO7/QVU7sRzEqgawug67/0wVwCFhN3+zj67Pnw+Bxd5EeUfmqMq4orbR4V" +
                   "GRsbD67fwi/FpkrfzksN59y6dOGQGBepgOJlbkP9ftyNC+Oyxt/qv6mwh535pmEA2xtfXECW4jjWvKECpwmbUuby" +
                   "JUJCbam1kPpY/gBWrGgMa/tD62uqEFOPGOEfulTPsY/11cpg57vuuWUM2l0EMWqqzx/qz3DGAgA="),
        Symbol(text: "otpauth://totp/Northmere%20Safeguarding%20Partnership:partner.lead%40northmere.example?sec" +
                    "ret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Northmere%20Safeguarding%20Partnership&algorit" +
                    "hm=SHA1&digits=6&period=30",
               version: 10, mask: 6,
               base64: "/pzV6qI3P8FGOOhOrJBur/o0fdfLt0C663Fxpduo32vx4pLsEuWXHFcRB/qqqqqqqv4AuQrEov8An5HfP0zhS9LC" +
                   "g1P/ldMenOKlalHU4YaLGcaNOsMvWJnN6rifD2cIOBWt2cuWyfphR/H4TEakbJ7MgwzuJcgbYRQRem82X2PFkwze" +
                   "Nzvho6S+V+mch1HiMB+jimCYYche0//36K4WvGZ3PUbLDfaFzPIGoxrHSPrOSQa5ftdt/tGH9QF/9/l/jxQaFETt" +
                   "kdWoJBKt87qRR57fH2/0Sn4emfs0Y+KSRT+LLUK/83GV5GnmJQDl51+/Hb1i9Hyw4NaYTLjzMbqg00hpvwYsrLka" +
                   "QvMOCtfgublLbx1+CiEBxduUPIK9emzTv+pdfC4Hbl+6U01C9XEG/DdPuQTHLORs+uM26ibCiC1FjxyM83eU0pt0" +
                   "Jzu1y9fynhJx4+zUA4g5fqrP+YBhM/Gh1kU/vcWKo7NrUFLR5FasEcurut/7xf/N1dCgky26Euj89Ct7Aq8EQJ6s" +
                   "57Rv/sIKCBrFOAA="),
        Symbol(text: "Working Together to Safeguard Children 2023: the multi-agency arrangements, the child safe" +
                    "guarding practice reviews, the rapid reviews and the learning from them, published each ye" +
                    "ar for the safeguarding partners, relevant agencies and the public.",
               version: 15, mask: 1,
               base64: "/tLq+26iXd0D/BN6ZpIhtEa3UG6x7tnbuLd5Ert0UtfqjGURQZXbpTAf9qr//2OuwVeQRuETE3dRB/qqqqqqqqqq" +
                   "r+AGwpER7sdAOwCjOI/7vdv1dwEsrXZ1SKqt0QZjceakgIp3fkQ1txEIL0G6KHCPiPVjafM+v5f3GG/U6Fsoqqrc" +
                   "AmY/v4LsamZ15NU5I5MKxRMSh3CIrBIl/xPt+b3RB33PiLCKIq0NIiP09q6wpzdGJVPSEQmubRngM8iKwiYX8H+t" +
                   "x3EQd8Suy2JiecFiBSeYlHlQE+ZldCwhIyvlyT0ie4hpj7D6/H7f9ZlvucaIHHYn8QJgxHq/5CuQP6jzRroxc7Mc" +
                   "HdRauBEw/p8vxM2/kRf5wF6H/2O5IukZnglaXPkduXdmVf0nLXXA3c27IhmqwVRUZMoJHczZ5uGP9nuV7hVg99WZ" +
                   "z4G9+3YjiAnxY9zMNdqyw4Ewmv9ETLqf3tnKshDjdyF+iULJec0Z+Z9vNmY/4a2SQdzJHZswOlOJbfTEK8jZLJjL" +
                   "JDbrdlXtUDyFnRYHOZFzJCOfi9DrGcSZ0bdIoXCulyxius9Wxc6xl1y2aXzVUnq+1Lv9kD+iZ79pGK3R3YhHmTUS" +
                   "+vCtqs4GsIv6/kUKvFskcQzBREfvSP88Ef4iW+tS8pzRGACxEUMksQ5QzIBV7v+7NH2uvCpkIM0dx8nMIgUhFmI/" +
                   "5OEQt/iZ0Dr1V3NqCgVG+KXXDuGrSl3nQqZOQN3MctHqZ9ERJmO8ThpMPfmZArMVRwZqellPil226Bowsz4YroSo" +
                   "HdzvC0g3m2aWS7rkJo0yy2WTOydQeN7qNgP+rVf20FnKIyP64LSFXchTr6Okd2t+f64yEEwNupEfY3UEB66DL/6q" +
                   "v38J+YBWfUaoQR3RzF/71Q6nStqb4irwTejRohFEdqMYumG5//qr93Uf3dCkcKqIYxGINC63fxhmiV3cZ78EvaD6" +
                   "IZkHdxaP6pje+7+ldXSMgA=="),
        Symbol(text: "Northmere",
               version: 2, mask: 2,
               base64: "/nc/wQ/QbrVLt1hl26ya7BZBB/qq/gE1AL4Qvnq3kpfL9fikoiWztLatDYJ+4LdRpcCj8P8AR0d/ietwUbE7qr/l" +
                   "1AHW6+XDBOah/pCXgA=="),
        Symbol(text: "Café £20",
               version: 2, mask: 4,
               base64: "/pa/wQOQboiLt1AF26sC7BYFB/qq/gGLAIvkfNIfbie4Mwm2SAykeg1pQcB7fOARK8naTPqAY0V/uGqQTVH7rX+l" +
                   "00aG6Xk9BKmS/qx5gA=="),
        Symbol(text: "0123456789",
               version: 2, mask: 7,
               base64: "/hI/wQhQbpTLt0GV26KC7BfNB/qq/gDrAJai0Eyi2knFxqOPmqH9M0pCvjb+2HbaosriLP6Ad8T/jqqwXVH7ph/V" +
                   "1J1K6YbzBAQo/oj9gA=="),
    ]

    /// `qrcode.util.lost_point` (the four penalty rules) for the version 7 text above drawn with each mask 0–7,
    /// format information included.
    static let version7Penalties = [1608, 1559, 1555, 1400, 1360, 1609, 1555, 1713]
}
