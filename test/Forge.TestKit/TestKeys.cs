namespace Forge.TestKit;

/// <summary>
/// Fixed keys for test hosts. Generating two RSA-2048 keys and a PII key on every host start costs
/// CPU for nothing a test checks; hosts, CLI runs and host processes on one test database share these
/// (as several production hosts share configured keys). Test-only: never use them anywhere else.
/// </summary>
public static class TestKeys
{
    /// <summary><c>Forge:Security:PiiKey</c>: 32 bytes, base64.</summary>
    public const string PiiKey = "wschCbpPv5TizBkBp/ICrWuiy+RSytEEqDFfbnNPhIc=";

    /// <summary><c>Forge:OAuth:SigningKeyPem</c>: RSA-2048, PKCS#8.</summary>
    public const string SigningKeyPem = """
        -----BEGIN PRIVATE KEY-----
        MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDJeFg3jmnjzd+h
        43EVkCDzQgpaihpzjYRZCKjAHZ3XLQ83TIwUDGEVNJppZqjBtTms9XivjHErupl7
        UmKeb2qmFqCn+stLmLt/3TG3ZQy+OXCWu1a0nUEvG2HVr5/PAJlg4300bEZIg6NB
        0RCnd9DvIWpYvaQiF+GOm0E0dNF3WNytjUmjBiCwcHYxVy+ipeL4lgor4RVkyRwi
        dDnc4vYErrHgr3zzdklt5E+eUXBYG3Gpim2ooB//Vb/3QKJZON4zUfqZIK7RkXMS
        VVG9otbhoD0MO73B/JprwvTkPXshV2kFInMgCa63lMhjZ05xbL7hOmIMU3Fxj01C
        fDY3P7O3AgMBAAECggEAHpF46Rey71KJpOQqgKK5V89kXMUUKwYvgjFzJpBtJicl
        u4viERn+Z5uZ9iC9Etmut5RtzEzweuRkFzcH1DwuyqZ87R/QqqwGKZS5JLdbTfLP
        J2pN8eI48AR6kqkuroIhGMygxEx4BCvySwaFPV5LlYzUuEQwhs+9dHK6sP0shFad
        HTOYPa/sSR3CiPEFMaex463V9RJRj4StjDmXeTzv7sG59cBO9a1by7TSxpjIexPr
        hY0XlrCAOovNB3exv5uu75kplD6yBylC9eOc8bCGLL0AFTQSRRUf9kpM0M6CKC/7
        uSrheGEsbqtTTEEndtxp8MZxT7HB84W4V1q0F+CgmQKBgQD3SCifpx2XcXjszvTV
        idgwnncD0YGx80PzMc2YIg91eW+Fs8FoVjxo51S+NAQBMUz0Tnwi12USmqjNm5pF
        9FV1iygINk93giTDMa+JNet+JUWun/PCzkw/sg9glq/1huKoYr/uevTSvVUF4oFA
        njpw1RkEXPHhhM/LCA5UOzgtfQKBgQDQkrZDrLH7rEvcURYeDytM2M+cWsKgurlr
        rqd7A35rQrtW7PskBMXiLiLtwqu4FQ7WOVb76hbojQjQ37zQSCeB8Jlo3w5CUwEW
        OjDytbpI+RlSsqWetBjaMg2BBGTudkw/z5YNRo4N+EgRVBUC+AGm4UoRDkaHzKBy
        UN6Bd/S8QwKBgH5aGZ/SVVV/vqlJ6mJ+R8A4CFokICAcTBkk1oeox7tf7HMl8Wpt
        vfpgUbXKgE1XspmWzOlEpDmIWz6MBp0+BrjD/RWNIrfPARfX+Hik24qeYueihXyB
        ywY05pSVCp3raT9fDfE+VICmC56xKRgqgXQL/vdywolYQpDcse2qQL9FAoGATWo3
        FnVR9ozj91ltcSjGNJbAsFMLrGbCDdLcvQ717E/vgvsg2CShYisnscIwxHmkcSUF
        QSmI6TX30LdKuLAfYd5wwnkQLNPsMljU9DE5fH5gxM4kJPzJwKsVUg7Ue6IS+RhO
        pIzMiyjdbvkbd2egDVXPjPcUfLEZ2HRlsf5ZK0sCgYEA4bhsF2etpUvdRcuyrPvU
        9ABwRMw6VXEAKpuKJ4s/XuLc99W9YCNp3WAuLWtXtfBk/lT4dwve/fmuy3LEWMJh
        kLxkCRuS4Tt2bT4o5I4Zb0T/3rNg5xeBih7EWCaUd+LXwKXQGzvdysh/IRqbV9RN
        rgKsmAGNq81mhboBYx7m7Yc=
        -----END PRIVATE KEY-----
        """;

    /// <summary><c>Forge:OAuth:EncryptionKeyPem</c>: RSA-2048, PKCS#8.</summary>
    public const string EncryptionKeyPem = """
        -----BEGIN PRIVATE KEY-----
        MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCdpqwoKFj7xFI4
        1DwNSgoDCf33W5W7rtmu5XEyhOoKotwZGfFCRGixqHpfkdiEiZuWT/zVPfNJ2i5M
        nh9TReEaqA+WZnJooZKHnq1BFmhYPNbHEZMYMkp8loTflQE0d3/g1D941dhwZBtL
        3gkmEZ3UwbRuyhcOR951mBM1v/MQqUQyc7rKmIvACCzK4Tfc+RWd/rvGIaXMIDcb
        V8orwb5MHvxwgqyP7zr5NpbyB0EGGUZYkxJrqhzSa9oQOVP+1P8RJU82X1HAbnXK
        0vm4Fv3EfT0J3HAfQyMaSt1lJuyPDwmPFlVbzzbWp70i7vyShsMb2cAzl/fj132C
        bwmRXORRAgMBAAECggEAMAddH4bbRSiUXBfci7fowPBEXR2bymgEjZH9IIT5wG/J
        WiRbKfMpaiaH0aHfMtGxguOvhU+wVOmRfWoW5Qm/AJ3+0bU4WcQPnh2rbs7izy8J
        x/AEvjRkGPzKUktU6KUXYmmHRMrxe5wj7MMiSmTHjs/MpowO5hzjGzRPdeqapJJS
        CicWCe5LHY2kZM82Q42BLIAKs5dURYybqWxZkt2S2cQFgag3bKCTaCZoOi6neZLJ
        +MXsh8JxCBgn8PXV9p10sLg2xrKsqpp5wDZJwhacDXLKTpyVaw5evd1iCRF8Kkju
        joOEHiS1YJ4+Zd8X3bSn6zzGmPLg4jCzu1aWz6WKuQKBgQDam4unZzbHf12o8Qdp
        KAElagoiFUB3GolCZkkizHqt8b58pvFjv32HwD74auGyUzdNyRm2AoGi5WUqdrXG
        6B06y+RH4xYnkumsboVUTWElWH2Dx47JiqMllVYp+uttUqzVFb+sxWdhx50MG9QX
        k//kWlynvXWxSo9To7aEmJoqHwKBgQC4nfGwi3VlbK+4q8Y6RaCCjQaWNUbwHLES
        OP5OWQF/Fy33CMHDOdbdFtaIv7sW8LS90QvLeixJem9whxrJAxURJdQ6tBJfXzOL
        Ca3cfpRT0W8l8bhAMLhhRRoKCILFOF6AYtkgA5xu9GCVo5AqgPgXZ2TQLPq8SgXZ
        qATVNR8DjwKBgEtUJBhoWZj/C5Amli4nKdXxp1I9Tnx8OWYXBwalvXRpBAHCKRX9
        K0128nv5oJIpWLpGHMT6Mh+mumiahWLoIwJatewLlVvHpRvU7b6x91K+Hmolfs92
        JWfTAODwZOXEAmhe2TC4yToJZdWBVWFWj2vps1nd0EtqbN8eX8trJlxzAoGAF3W6
        qLyQBntxOP5bCjye0PgqxhuvEAQVXENxzXLyBbxkUugB91T6QM4OJQJ4O8oKrbRK
        02iLCCtOzfXdKX4Cx1MPTQZk70mhuyFXvpU3NA+BGElHKKEITRQC4xOByp4HJDlr
        be4HivHy9BD82OnanN6+qNWOZy7g32/CbXV6o3ECgYEAlWGJR++t0mK5sYh31XHP
        a5vpFEvmoLZQTFIwaCMqW4wW6pG5BwIm1kr5ZCjwe1gvwWciQLs2Pcsgy278jvAp
        Xiv6escPIV+j2EdrTN+YFR5lMxWxjkoc1QcUseluG/jdDlDhB+IUe6VAR7O2xf2i
        R+YNOYO7TM17xLw9s3PdP50=
        -----END PRIVATE KEY-----
        """;

    public static IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Forge:Security:PiiKey"] = PiiKey,
        ["Forge:OAuth:SigningKeyPem"] = SigningKeyPem,
        ["Forge:OAuth:EncryptionKeyPem"] = EncryptionKeyPem,
    };
}
